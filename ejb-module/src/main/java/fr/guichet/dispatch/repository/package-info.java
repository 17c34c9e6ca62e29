/** Persistence of providers, provider keys, models and model prices. */
package fr.guichet.dispatch.repository;
