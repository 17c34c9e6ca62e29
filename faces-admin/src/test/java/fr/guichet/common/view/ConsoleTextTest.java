package fr.guichet.common.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The console's two bundles: the same keys in both, every pattern formats, and French is French. */
class ConsoleTextTest {

    private static final Set<String> SAME_IN_BOTH = Set.of(
            "Dolibarr",
            "Action",
            "Actions",
            "Message",
            "Client",
            "Code",
            "Active",
            "Activations",
            "Guichet",
            "Factur-X",
            "Total TTC");

    @Test
    @DisplayName("English and French have the same keys, and no French text is left in English")
    void sameKeys() throws Exception {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");
        assertThat(new TreeSet<>(french.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        Set<String> same = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            if (en.equals(french.getProperty(key)) && en.matches(".*[a-z]{4,}.*") && !SAME_IN_BOTH.contains(en)) {
                same.add(key);
            }
        }
        assertThat(same).as("texts identical in both languages").isEmpty();
    }

    @Test
    @DisplayName("English stays English on a server whose default language is French")
    void noFallbackToTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            ResourceBundle.clearCache();
            assertThat(ConsoleText.in(Locale.ENGLISH, "menu.alerts")).isEqualTo("Alerts");
            assertThat(ResourceBundle.getBundle(ConsoleText.BUNDLE, Locale.ENGLISH)
                            .getString("menu.alerts"))
                    .as("as JSF reads it for the pages' msg")
                    .isEqualTo("Alerts");
            assertThat(ConsoleText.in(Locale.FRENCH, "menu.alerts")).isEqualTo("Alertes");
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    @Test
    @DisplayName("patterns with arguments format in both languages, apostrophes included")
    void patterns() {
        assertThat(ConsoleText.in(Locale.ENGLISH, "client.status.done", "ACME", "Suspended"))
                .isEqualTo("ACME is now Suspended.");
        assertThat(ConsoleText.in(Locale.FRENCH, "audit.noSuchClient", "acme"))
                .isEqualTo("Aucun client n’a l’identifiant acme.");
        assertThat(ConsoleText.in(Locale.FRENCH, "plans.created", "Pro")).isEqualTo("L’offre Pro est créée.");
        assertThat(ConsoleText.in(Locale.ENGLISH, "dolibarr.apiKey.saved", "••••abcd"))
                .isEqualTo("API key (DOLAPIKEY) — saved: ••••abcd; leave empty to keep it");
        assertThat(ConsoleText.in(Locale.FRENCH, "privacy.calledOff.detail", "l’ACME"))
                .isEqualTo("Les données personnelles de l’ACME sont conservées.");
        assertThat(ConsoleText.in(
                        Locale.ENGLISH,
                        "dolibarr.reconciliation.last",
                        "2026-05",
                        "2026-06-01 03:00",
                        "1234",
                        "2",
                        "0"))
                .isEqualTo("2026-05, checked 2026-06-01 03:00: 1234 invoices, 2 payments, 0 differences.");
    }

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (var in = ConsoleTextTest.class.getResourceAsStream("/fr/guichet/common/view/" + name);
                var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
