package fr.guichet.billing.erp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ErpProbeTest {

    @Test
    @DisplayName("the rights the key lacks are named with what they are for; an admin lacks none")
    void missingRights() {
        var user = Json.createObjectBuilder()
                .add("login", "sync")
                .add("admin", "0")
                .add(
                        "rights",
                        Json.createObjectBuilder()
                                .add(
                                        "societe",
                                        Json.createObjectBuilder()
                                                .add("lire", 1)
                                                .add("creer", 0))
                                .add(
                                        "facture",
                                        Json.createObjectBuilder()
                                                .add("lire", "1")
                                                .add("creer", 1)
                                                .add(
                                                        "invoice_advance",
                                                        Json.createObjectBuilder()
                                                                .add("validate", 0))))
                .build();
        assertThat(ErpProbe.missingRights(user))
                .containsExactly(
                        "societe.creer (create and update third parties)",
                        "facture.invoice_advance.validate (validate invoices)");
        var admin = Json.createObjectBuilder().add("admin", "1").build();
        assertThat(ErpProbe.missingRights(admin)).isEmpty();
    }

    @Test
    @DisplayName("a task's retries wait twice as long each time, at most an hour; a refusal stops it")
    void backoff() {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        ErpTask task = new ErpTask("t", 1, ErpTaskKind.INVOICE, "i", now);
        task.retryLater("503", Duration.ofSeconds(30), now);
        assertThat(task.nextAttemptAt()).isEqualTo(now.plusSeconds(30));
        task.retryLater("503", Duration.ofSeconds(30), now);
        assertThat(task.nextAttemptAt()).isEqualTo(now.plusSeconds(60));
        for (int i = 0; i < 20; i++) {
            task.retryLater("503", Duration.ofSeconds(30), now);
        }
        assertThat(task.nextAttemptAt()).isEqualTo(now.plus(Duration.ofHours(1)));
        assertThat(task.status()).isEqualTo(ErpTaskStatus.PENDING);
        task.stop("400 bad data", now);
        assertThat(task.status()).isEqualTo(ErpTaskStatus.FAILED);
        task.retryNow(now.plusSeconds(5));
        assertThat(task.status()).isEqualTo(ErpTaskStatus.PENDING);
        assertThat(task.nextAttemptAt()).isEqualTo(now.plusSeconds(5));
    }
}
