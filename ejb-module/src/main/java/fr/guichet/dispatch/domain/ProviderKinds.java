package fr.guichet.dispatch.domain;

import fr.guichet.common.domain.DomainException;
import fr.guichet.dispatch.provider.ProviderKind;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the registry needs to know about a {@link ProviderKind}: how it is named on input, and who needs a key. */
public final class ProviderKinds {

    private ProviderKinds() {}

    /** Whether calls to a provider of this kind need an API key: all but a local Ollama. */
    public static boolean needsKey(ProviderKind kind) {
        return kind != ProviderKind.OLLAMA;
    }

    /** Parses a kind name (case-insensitive); anything else is a validation error on {@code field}. */
    public static ProviderKind parse(String value, String field) {
        if (value != null) {
            String name = value.strip().toUpperCase(Locale.ROOT);
            for (ProviderKind kind : ProviderKind.values()) {
                if (kind.name().equals(name)) {
                    return kind;
                }
            }
        }
        throw DomainException.invalid(field, "must be one of " + names());
    }

    public static String names() {
        return Arrays.stream(ProviderKind.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
