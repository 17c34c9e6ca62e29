/** The outbox's mails, their status and the operators' templates. */
package fr.guichet.notify.domain;
