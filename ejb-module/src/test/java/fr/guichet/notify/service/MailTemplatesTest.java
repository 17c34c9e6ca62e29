package fr.guichet.notify.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.common.domain.DomainException;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.domain.MailTexts;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTemplatesTest {

    @ParameterizedTest
    @EnumSource(MailKind.class)
    @DisplayName("every mail has a template in French and in English that renders every variable it names")
    void everyKindInBothLanguages(MailKind kind) {
        for (String language : MailTemplates.LANGUAGES) {
            MailTexts template = MailTemplates.defaults(kind, language);
            MailTexts mail = MailRenderer.render(template, SampleModels.of(kind, language));
            assertThat(mail.subject()).as(kind + " " + language).isNotBlank().doesNotContain("{{");
            assertThat(mail.html())
                    .as(kind + " " + language)
                    .doesNotContain("{{")
                    .contains("<p");
            assertThat(mail.text())
                    .as(kind + " " + language)
                    .doesNotContain("{{")
                    .doesNotContain("<p");
            assertThat(mail.text()).startsWith("en".equals(language) ? "Hello" : "Bonjour");
            for (String variable : variables(template)) {
                assertThat(SampleModels.of(kind, language))
                        .as(kind + " " + language + " names {{" + variable + "}}, which the sample lacks")
                        .containsKey(variable);
            }
        }
    }

    @Test
    @DisplayName("values are escaped in the HTML body, written as they are in the subject and the text")
    void escaping() {
        MailTexts mail = MailRenderer.render(
                new MailTexts("Pour {{name}}", "<p>{{name}}</p>", "{{name}}"), Map.of("name", "Dupont & <Fils>"));
        assertThat(mail.subject()).isEqualTo("Pour Dupont & <Fils>");
        assertThat(mail.html()).isEqualTo("<p>Dupont &amp; &lt;Fils&gt;</p>");
        assertThat(mail.text()).isEqualTo("Dupont & <Fils>");
    }

    @Test
    @DisplayName("a template that does not parse, or that names a file, is refused in words")
    void refused() {
        assertThatThrownBy(() -> MailRenderer.render(new MailTexts("{{#open}}", "x", "x"), Map.of()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("subject");
        assertThatThrownBy(() -> MailRenderer.render(new MailTexts("s", "{{> /etc/passwd}}", "x"), Map.of()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("html");
    }

    /** The names in {{name}}, {{#name}}, {{^name}} (not {{.}} or closing tags). */
    private static java.util.Set<String> variables(MailTexts template) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\{\\s*[#^]?\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}")
                .matcher(template.subject() + template.html() + template.text());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
