package fr.guichet.access.domain;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ModelName;
import fr.guichet.common.domain.Validation;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The models a key may call, by model id ({@code gpt-4o-mini}, {@code mistral/mistral-large-latest},
 * {@code llama3.1:8b}…); empty means every model. Stored as one comma-separated column, so an id never holds a
 * comma. Duplicates are dropped, order is kept.
 */
public record AllowedModels(List<String> ids) {

    public static final int MAX_MODELS = 50;
    /** The width of the column that holds the joined list. */
    static final int MAX_STORED = 1000;

    public static final AllowedModels ALL = new AllowedModels(List.of());

    public AllowedModels {
        ids = List.copyOf(ids);
    }

    /** Checks and normalises a requested list; null means every model. Broken rules are reported on {@code field}. */
    public static AllowedModels of(List<String> requested, String field) {
        Validation validation = new Validation();
        AllowedModels models = check(requested, field, validation);
        validation.throwIfInvalid();
        return models;
    }

    /** Like {@link #of}, but adds the broken rules to {@code validation}, to be reported with others. */
    public static AllowedModels check(List<String> requested, String field, Validation validation) {
        if (requested == null || requested.isEmpty()) {
            return ALL;
        }
        validation.require(requested.size() <= MAX_MODELS, field, "must list at most " + MAX_MODELS + " models");
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < requested.size() && i < MAX_MODELS; i++) {
            String id = requested.get(i) == null ? "" : requested.get(i).strip();
            boolean valid = ModelName.isValid(id);
            validation.require(valid, field + "[" + i + "]", ModelName.PROBLEM);
            if (valid) {
                ids.add(id);
            }
        }
        validation.require(
                String.join(",", ids).length() <= MAX_STORED,
                field,
                "must total at most " + MAX_STORED + " characters");
        return new AllowedModels(List.copyOf(ids));
    }

    /** Reads the stored column (null or empty: every model). */
    public static AllowedModels fromColumn(String column) {
        return column == null || column.isBlank() ? ALL : new AllowedModels(Arrays.asList(column.split(",")));
    }

    /** The stored column: null when every model is allowed. */
    public String toColumn() {
        if (ids.isEmpty()) {
            return null;
        }
        String joined = String.join(",", ids);
        if (joined.length() > MAX_STORED) {
            throw DomainException.invalid("allowedModels", "must total at most " + MAX_STORED + " characters");
        }
        return joined;
    }

    public boolean allowsAll() {
        return ids.isEmpty();
    }

    /** Whether a call to {@code model} is allowed. */
    public boolean permits(String model) {
        return ids.isEmpty() || ids.contains(model);
    }
}
