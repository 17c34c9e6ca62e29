/**
 * Client API key services: create (secret shown once), list, revoke, rotate, and the authentication of
 * {@code /v1} calls with a short in-memory cache of key records. Plans: the catalogue operators edit, and
 * each tenant's provider chain for the dispatcher.
 */
package fr.guichet.access.service;
