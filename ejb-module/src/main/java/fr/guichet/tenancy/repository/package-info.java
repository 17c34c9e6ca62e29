/** Persistence of tenants and users. */
package fr.guichet.tenancy.repository;
