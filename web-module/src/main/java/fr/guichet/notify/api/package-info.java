/** {@code /api/admin/mail}: operators see the outbox, send a mail again, and edit the mail templates. */
package fr.guichet.notify.api;
