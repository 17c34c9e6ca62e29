/** Privacy in the console: the erasures of clients' personal data, pending and done. */
package fr.guichet.privacy.view;
