/** Tenants (the operator's clients), their users and roles. */
package fr.guichet.tenancy.domain;
