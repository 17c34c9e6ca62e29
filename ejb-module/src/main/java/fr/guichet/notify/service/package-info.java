/**
 * Queueing mails ({@link fr.guichet.notify.service.Outbox}), their templates, and the worker that sends them over
 * SMTP. The ports {@link fr.guichet.notify.service.MailSignature} and {@link
 * fr.guichet.notify.service.MailAttachments} are implemented by higher features.
 */
package fr.guichet.notify.service;
