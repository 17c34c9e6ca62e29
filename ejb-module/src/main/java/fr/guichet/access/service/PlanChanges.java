package fr.guichet.access.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Changes to a plan: every null field is left as it is. {@code unset} names the optional fields to clear
 * (back to "no trial", "unlimited" or "none"): any of {@link #CLEARABLE}. The code never changes.
 */
public record PlanChanges(
        String name,
        BigDecimal monthlyPriceEur,
        Integer trialDays,
        Long requestsPerMonth,
        Integer requestsPerMinute,
        Long tokensPerMonth,
        BigDecimal spendCapEur,
        BigDecimal extraKeyPriceEur,
        Boolean enabled,
        List<String> unset) {

    public static final Set<String> CLEARABLE =
            Set.of("trialDays", "requestsPerMonth", "tokensPerMonth", "spendCapEur", "extraKeyPriceEur");

    public PlanChanges {
        unset = unset == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(unset));
    }
}
