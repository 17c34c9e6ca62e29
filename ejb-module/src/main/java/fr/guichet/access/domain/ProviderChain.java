package fr.guichet.access.domain;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Validation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The ordered provider ids a plan's calls go through: the first provider that serves the requested model
 * answers, the next ones are fallbacks. Holds 1 to {@value #MAX_SIZE} distinct, non-blank ids; whether each
 * provider exists is the service's business.
 */
public final class ProviderChain {

    public static final int MAX_SIZE = 10;
    static final int MAX_ID = 36;

    private ProviderChain() {}

    /** The ids, stripped, or a validation error naming the field {@code providerIds} or the faulty index. */
    public static List<String> validate(List<String> providerIds) {
        if (providerIds == null || providerIds.isEmpty() || providerIds.size() > MAX_SIZE) {
            throw DomainException.invalid("providerIds", "must list 1 to " + MAX_SIZE + " providers");
        }
        Validation validation = new Validation();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < providerIds.size(); i++) {
            String id = providerIds.get(i);
            String field = "providerIds[" + i + "]";
            if (id == null || id.isBlank() || id.strip().length() > MAX_ID) {
                validation.require(false, field, "must be a provider id");
            } else {
                validation.require(seen.add(id.strip()), field, "is already in the chain");
            }
        }
        validation.throwIfInvalid();
        return providerIds.stream().map(String::strip).toList();
    }
}
