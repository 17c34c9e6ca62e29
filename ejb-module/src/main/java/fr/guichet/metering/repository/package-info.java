/** Persistence of usage events. */
package fr.guichet.metering.repository;
