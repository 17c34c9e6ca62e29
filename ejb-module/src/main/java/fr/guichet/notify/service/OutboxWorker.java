package fr.guichet.notify.service;

import fr.guichet.notify.domain.OutboxMail;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

/**
 * Sends the outbox's due mails: every ten seconds on each server (a timer of the server, not of the cluster: the
 * claims make each mail go out once), and as soon as a queueing transaction commits ({@link OutboxKick}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@jakarta.ejb.ConcurrencyManagement(jakarta.ejb.ConcurrencyManagementType.BEAN)
public class OutboxWorker {

    private static final System.Logger LOG = System.getLogger(OutboxWorker.class.getName());
    static final int BATCH = 50;

    @Inject
    OutboxDelivery delivery;

    @Inject
    SmtpSender sender;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "guichet-mail")
    void tick() {
        deliverDue();
    }

    /**
     * Sends what is due now, oldest first; returns how many were sent. When the SMTP server cannot be reached, the
     * round stops at the first mail that could not go (the others would fail alike): the next round starts again.
     */
    public int deliverDue() {
        int sent = 0;
        for (List<String> due = delivery.due(BATCH); !due.isEmpty(); due = delivery.due(BATCH)) {
            Optional<String> why = sender.notConfigured();
            if (why.isPresent()) {
                delivery.held(due, why.get());
                return sent;
            }
            int before = sent;
            for (String id : due) {
                Optional<OutboxMail> claimed = delivery.claim(id);
                if (claimed.isEmpty()) {
                    continue;
                }
                Outcome outcome = send(claimed.get());
                if (outcome == Outcome.SERVER_UNREACHABLE) {
                    delivery.allHeld("The SMTP server cannot be reached: the mail waits for it");
                    return sent;
                }
                sent += outcome == Outcome.SENT ? 1 : 0;
            }
            if (sent == before) {
                return sent; // all failed or taken by another server: the next tick tries again
            }
        }
        return sent;
    }

    private enum Outcome {
        SENT,
        FAILED,
        SERVER_UNREACHABLE
    }

    private Outcome send(OutboxMail mail) {
        try {
            sender.send(mail);
        } catch (MessagingException | RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            LOG.log(
                    Level.WARNING,
                    "Mail {0} ({1}) not sent: {2}",
                    mail.id(),
                    mail.kind().wireName(),
                    error);
            delivery.failed(mail.id(), inWords(e));
            return unreachable(e) ? Outcome.SERVER_UNREACHABLE : Outcome.FAILED;
        }
        try {
            delivery.sent(mail.id());
        } catch (RuntimeException e) {
            // Sent, but not marked: it is sent again only once its claim runs out (and the Message-ID is the same).
            LOG.log(Level.WARNING, "Mail {0} was sent but could not be marked sent: {1}", mail.id(), e.toString());
        }
        return Outcome.SENT;
    }

    /** Why a mail did not go, as operators read it: what happened, with the server's words but no class names. */
    static String inWords(Exception failure) {
        String detail = failure.getMessage() == null
                ? ""
                : CLASS_NAMES.matcher(failure.getMessage()).replaceAll("");
        detail = detail.replace("nested exception is:", "")
                .replaceAll("\\s+", " ")
                .strip();
        String what =
                unreachable(failure) ? "The SMTP server cannot be reached" : "The SMTP server did not take the mail";
        return detail.isEmpty() ? what : what + " (" + detail + ")";
    }

    /** A Java class name in a message ({@code java.net.ConnectException:}), left out of what operators read. */
    private static final java.util.regex.Pattern CLASS_NAMES =
            java.util.regex.Pattern.compile("\\b(?:[a-z][\\w$]*\\.)*[A-Z][\\w$]*(?:Exception|Error)\\b:?");

    /** Whether the failure is the SMTP server's (refused, unknown, silent), not this mail's. */
    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.ConnectException
                    || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.SocketTimeoutException
                    || cause instanceof java.net.NoRouteToHostException
                    || cause.getClass().getSimpleName().equals("MailConnectException")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
