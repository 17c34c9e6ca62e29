package fr.guichet.notify.service;

import fr.guichet.notify.domain.OutboxMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * Sends one outbox mail over SMTP with Liberty's mail session ({@code mail/guichet}, configured by the {@code SMTP_*}
 * variables): multipart/alternative text and HTML, its attachments, a Message-ID made of the mail's id (the same at
 * every attempt). A failed connection is retried at once a few times (Fault Tolerance); the outbox then retries
 * later with backoff.
 */
@ApplicationScoped
public class SmtpSender {

    static final String SESSION = "mail/guichet";

    @Inject
    @Any
    Instance<MailAttachments> attachments;

    @Inject
    @ConfigProperty(name = "guichet.mail.from", defaultValue = "Guichet <no-reply@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "guichet.mail.reply-to", defaultValue = " ")
    String replyTo;

    /** Why nothing can be sent, or empty when an SMTP server is configured. */
    public Optional<String> notConfigured() {
        Session session = session();
        if (session == null) {
            return Optional.of(
                    "The mail session " + SESSION + " is not available (see the server's log): the mail waits");
        }
        String host = host(session);
        return host == null || host.isBlank()
                ? Optional.of("No SMTP server is configured (SMTP_HOST): the mail waits")
                : Optional.empty();
    }

    /** Liberty's mail session, looked up at each use (a configuration error leaves mails waiting, not lost). */
    private static Session session() {
        try {
            return javax.naming.InitialContext.doLookup(SESSION);
        } catch (javax.naming.NamingException e) {
            return null;
        }
    }

    @Retry(maxRetries = 2, delay = 500, jitter = 200, retryOn = MessagingException.class)
    public void send(OutboxMail mail) throws MessagingException {
        Session session = session();
        if (session == null) {
            throw new MessagingException("The mail session " + SESSION + " is not available");
        }
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + mail.id() + "@guichet>");
            }
        };
        message.setFrom(new InternetAddress(from, false));
        if (!replyTo.isBlank()) {
            message.setReplyTo(InternetAddress.parse(replyTo.strip(), false));
        }
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), false));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Content-Language", mail.language());
        // Which of Guichet's mails this is, for the recipients' and the operator's mail filters.
        message.setHeader("X-Guichet-Mail", mail.kind().wireName());
        message.setContent(content(mail));
        message.saveChanges();
        Transport transport = session.getTransport("smtp");
        try {
            String user = blankToNull(session.getProperty("mail.user"));
            String password = null;
            if (user != null) {
                PasswordAuthentication given =
                        session.requestPasswordAuthentication(null, port(session), "smtp", null, user);
                password = given == null ? null : given.getPassword();
            }
            transport.connect(host(session), port(session), user, password);
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // QUIT failed: the message's fate was settled by sendMessage; sending it again would send it twice.
            }
        }
    }

    private MimeMultipart content(OutboxMail mail) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        if (mail.attachmentRefs().isEmpty()) {
            return alternative;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        mixed.addBodyPart(body);
        for (String ref : mail.attachmentRefs()) {
            MailAttachments.Attachment file = resolve(ref);
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(
                    new jakarta.activation.DataHandler(new ByteArrayDataSource(file.bytes(), file.contentType())));
            part.setFileName(file.fileName());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        return mixed;
    }

    private MailAttachments.Attachment resolve(String ref) throws MessagingException {
        for (MailAttachments source : attachments) {
            Optional<MailAttachments.Attachment> found = source.resolve(ref);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new MessagingException("Nothing to attach for " + ref);
    }

    private static String host(Session session) {
        String host = session.getProperty("mail.smtp.host");
        return host == null || host.isBlank() ? session.getProperty("mail.host") : host;
    }

    private static int port(Session session) {
        String port = session.getProperty("mail.smtp.port");
        try {
            return port == null || port.isBlank() ? -1 : Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
