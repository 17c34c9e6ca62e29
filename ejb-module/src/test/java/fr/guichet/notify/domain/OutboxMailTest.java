package fr.guichet.notify.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    @DisplayName("the notice that a client's data is erased forgets its recipient and text once sent")
    void deletionDoneEmptiedOnceSent() {
        OutboxMail mail = mail(MailKind.DELETION_DONE, "Les données de Jeanne Martin ont été supprimées");
        assertThat(mail.recipient()).isEqualTo("jeanne@client.example");
        mail.sent(NOW);
        assertThat(mail.status()).isEqualTo(MailStatus.SENT);
        assertThat(mail.recipient()).doesNotContain("jeanne");
        assertThat(mail.html() + mail.text()).doesNotContain("Jeanne");
    }

    @Test
    @DisplayName("any other mail keeps its recipient and text once sent, without its one-time tokens")
    void otherMailsKept() {
        OutboxMail mail = mail(MailKind.PASSWORD_RESET, "Lien : https://g.example/portal/x/password#token=abcDEF_123");
        mail.sent(NOW);
        assertThat(mail.recipient()).isEqualTo("jeanne@client.example");
        assertThat(mail.text()).contains("Lien : https://g.example/portal/x/password#token=…");
    }

    private static OutboxMail mail(MailKind kind, String body) {
        return new OutboxMail(
                kind, "t1", "jeanne@client.example", "fr", "Objet", "<p>" + body + "</p>", body, List.of(), NOW);
    }
}
