package fr.guichet.licensing.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LicenseCsvTest {

    @Test
    @DisplayName("fields with commas, quotes or line breaks are quoted, and formulas are defused")
    void fields() {
        assertThat(LicenseCsv.field("plain")).isEqualTo("plain");
        assertThat(LicenseCsv.field(null)).isEmpty();
        assertThat(LicenseCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(LicenseCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(LicenseCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(LicenseCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(LicenseCsv.field("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(LicenseCsv.field("@cmd")).isEqualTo("'@cmd");
    }
}
