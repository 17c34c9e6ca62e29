package fr.guichet.common.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvFieldTest {

    @Test
    @DisplayName("fields with commas, quotes or line breaks are quoted, and formulas are defused")
    void fields() {
        assertThat(CsvField.of("plain")).isEqualTo("plain");
        assertThat(CsvField.of(null)).isEmpty();
        assertThat(CsvField.of("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvField.of("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvField.of("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvField.of("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvField.of("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(CsvField.of("@cmd")).isEqualTo("'@cmd");
    }
}
