/** Keeps the operator console to signed-in operators whose account is still an enabled operator. */
package fr.guichet.tenancy.view.security;
