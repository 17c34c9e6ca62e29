/** Tenancy services: tenants, users, sign-in, the first operator. */
package fr.guichet.tenancy.service;
