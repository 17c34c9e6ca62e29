/** Who calls the REST API: operators by HTTP Basic, tenant users by portal session (cookie and CSRF token), and the caller as the resources see it. */
package fr.guichet.tenancy.api.security;
