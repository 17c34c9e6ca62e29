/** Privacy over HTTP: the client's settings and account deletion (portal), erasures for operators. */
package fr.guichet.privacy.api;
