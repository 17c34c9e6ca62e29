/** The outbox and the operators' templates. Runs inside the caller's transaction. */
package fr.guichet.notify.repository;
