/** The console's licensing page: generate keys, list them, revoke one. */
package fr.guichet.licensing.view;
