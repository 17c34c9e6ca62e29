package fr.guichet.billing.service;

import fr.guichet.billing.domain.SubscriptionStatus;
import fr.guichet.billing.repository.SubscriptionRepository;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Operators' list of every subscription, newest first. */
@ApplicationScoped
public class SubscriptionQueries {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    SubscriptionViews views;

    /** {@code status} (trialing, active, cancelled) and {@code planId} are optional. */
    public Page<SubscriptionView> list(String status, String planId, PageRequest page) {
        new Validation().optionalText(planId, "planId", 36).throwIfInvalid();
        String plan = planId == null || planId.isBlank() ? null : planId.strip();
        return subscriptions.search(parse(status), plan, page).map(views::of);
    }

    private static SubscriptionStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return SubscriptionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(
                    "status",
                    "must be one of "
                            + Arrays.stream(SubscriptionStatus.values())
                                    .map(SubscriptionStatus::wireName)
                                    .collect(Collectors.joining(", ")));
        }
    }
}
