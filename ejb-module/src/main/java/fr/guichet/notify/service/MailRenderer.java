package fr.guichet.notify.service;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import fr.guichet.common.domain.DomainException;
import fr.guichet.notify.domain.MailTexts;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * Renders a mail from its template (Mustache): values are escaped in the HTML body, written as they are in the
 * subject and the plain-text body. A template that does not parse is refused in words.
 */
public final class MailRenderer {

    private static final DefaultMustacheFactory HTML = new NoFiles();

    private static final DefaultMustacheFactory PLAIN = new NoFiles() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** Templates come from operators: a partial ({@code {{> name}}}) would read a file, so there are none. */
    private static class NoFiles extends DefaultMustacheFactory {
        @Override
        public java.io.Reader getReader(String resourceName) {
            throw new MustacheException("partials ({{> " + resourceName + "}}) are not supported");
        }
    }

    private MailRenderer() {}

    public static MailTexts render(MailTexts template, Map<String, ?> model) {
        return new MailTexts(
                render(PLAIN, template.subject(), "subject", model).strip(),
                render(HTML, template.html(), "html", model),
                render(PLAIN, template.text(), "text", model));
    }

    static String html(String template, String name, Map<String, ?> model) {
        return render(HTML, template, name, model);
    }

    static String plain(String template, String name, Map<String, ?> model) {
        return render(PLAIN, template, name, model);
    }

    private static String render(DefaultMustacheFactory factory, String template, String part, Map<String, ?> model) {
        try {
            Mustache compiled = factory.compile(new StringReader(template), part);
            StringWriter out = new StringWriter();
            compiled.execute(out, model).flush();
            return out.toString();
        } catch (MustacheException e) {
            throw DomainException.invalid(part, "does not parse as a template: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
