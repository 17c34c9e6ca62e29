package fr.guichet.notify.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxWorkerTest {

    @Test
    @DisplayName("why a mail did not go reads in words, with the server's own, and names no Java class")
    void errorsInWords() {
        MessagingException down = new MessagingException(
                "Couldn't connect to host, port: localhost, 25; timeout -1;\n  nested exception is:\n\t"
                        + "java.net.ConnectException: Connection refused",
                new ConnectException("Connection refused"));
        assertThat(OutboxWorker.inWords(down))
                .startsWith("The SMTP server cannot be reached (Couldn't connect to host, port: localhost, 25")
                .contains("Connection refused")
                .doesNotContain("Exception")
                .doesNotContain("java.");
        assertThat(OutboxWorker.inWords(new MessagingException("550 5.1.1 mailbox unavailable")))
                .isEqualTo("The SMTP server did not take the mail (550 5.1.1 mailbox unavailable)");
        assertThat(OutboxWorker.inWords(new IllegalStateException()))
                .isEqualTo("The SMTP server did not take the mail");
    }
}
