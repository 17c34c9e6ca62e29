package fr.guichet.common.view;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' rules ("must not be blank") in the console's language: the services speak English, as the API does;
 * {@code rules_fr.txt} says them in French. A rule it does not know stays as the service said it.
 */
public final class RuleWords {

    private static final List<Rule> FRENCH = load("rules_fr.txt");

    private record Rule(Pattern english, String french) {}

    private RuleWords() {}

    /** {@code rule} in {@code locale}'s language when known, else as it is. */
    public static String in(Locale locale, String rule) {
        if (rule == null || !"fr".equals(locale.getLanguage())) {
            return rule;
        }
        for (Rule r : FRENCH) {
            Matcher m = r.english().matcher(rule);
            if (m.matches()) {
                return m.replaceFirst(r.french());
            }
        }
        return rule;
    }

    private static List<Rule> load(String name) {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = RuleWords.class.getResourceAsStream(name);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int arrow = line.indexOf(" => ");
                if (arrow < 0) {
                    throw new IllegalStateException(name + ": no \" => \" in: " + line);
                }
                rules.add(new Rule(Pattern.compile(line.substring(0, arrow)), line.substring(arrow + 4)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rules);
    }
}
