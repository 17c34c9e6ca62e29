package fr.guichet.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The outbox over two servers on one PostgreSQL (the PostgreSQL pass): both servers' workers send, and each mail
 * reaches the SMTP server once.
 */
class MailTwoServersIT {

    static final int INVOICES = 20;

    @Test
    @DisplayName("invoices issued on two servers are each mailed once, whichever server's worker sends them")
    void eachMailOnce() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(MailIT.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Billing.companyReady();
            Tenants.Opened t = Billing.frenchBusiness("mail-two", "fr");
            for (int i = 0; i < INVOICES; i++) {
                Api server = Api.operatorAt(i % 2 == 0 ? Api.BASE : TwoServersIT.BASE_B);
                Api.Reply draft = server.post(
                        "/api/admin/billing/invoices",
                        Map.of("tenantId", t.id(), "lines", List.of(Billing.line("Ligne " + i, "1", "10.00"))));
                assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
                Api.Reply issued =
                        server.post("/api/admin/billing/invoices/" + Billing.id(draft.json()) + "/issue", Map.of());
                assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
            }
            Instant end = Instant.now().plus(Duration.ofSeconds(90));
            while (mine(smtp, t.adminEmail()).size() < INVOICES && Instant.now().isBefore(end)) {
                Thread.sleep(250);
            }
            Thread.sleep(12_000); // a tick of each server's worker after the last one
            List<String> ids = new ArrayList<>();
            for (MimeMessage m : mine(smtp, t.adminEmail())) {
                ids.add(m.getMessageID());
            }
            assertThat(ids)
                    .as("every invoice mailed, none twice")
                    .hasSize(INVOICES)
                    .doesNotHaveDuplicates();
        } finally {
            smtp.stop();
        }
    }

    private static List<MimeMessage> mine(GreenMail smtp, String to) throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
                    && "invoice_issued".equals(m.getHeader("X-Guichet-Mail", null))) {
                mine.add(m);
            }
        }
        return mine;
    }
}
