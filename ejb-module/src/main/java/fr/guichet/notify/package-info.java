/**
 * E-mail: every mail goes through an outbox written in the transaction of what causes it, rendered from templates
 * in French and English (operators may edit them), and sent by a worker over SMTP (Liberty's mail session), retried
 * with backoff, once across servers. Higher features queue mails through {@link fr.guichet.notify.service.Outbox} and
 * give what notify cannot know through its ports: the operator's signature ({@link
 * fr.guichet.notify.service.MailSignature}) and attachments ({@link fr.guichet.notify.service.MailAttachments}).
 */
package fr.guichet.notify;
