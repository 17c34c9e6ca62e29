/** The console's mail pages: the outbox (sent, waiting, given up; resend) and the templates (edit, preview, reset). */
package fr.guichet.notify.view;
