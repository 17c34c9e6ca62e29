/** REST API of tenancy: the operators' tenant admin, and portal sign-in and user management. */
package fr.guichet.tenancy.api;
