package fr.guichet.dispatch.chat;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.dispatch.provider.ProviderException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What went wrong along a route, turned into the one error the client gets when no provider answered. */
final class FailedAttempts {

    private final List<String> reasons = new ArrayList<>();
    private Target last;
    private DomainException missingKey;
    private boolean providerFailed;
    private Duration retryAfter;

    void noKey(Target target, DomainException e) {
        if (e.code() != ErrorCode.NO_PROVIDER_KEY) {
            throw e;
        }
        if (missingKey == null) {
            missingKey = e;
        }
        reasons.add(target.provider().name() + ": no API key");
    }

    private static final System.Logger LOG = System.getLogger(FailedAttempts.class.getName());

    void failed(Target target, RuntimeException e) {
        last = target;
        providerFailed = true;
        if (e instanceof ProviderException p) {
            if (p.failure() == ProviderException.Failure.CONNECTION && p.getCause() != null) {
                // A transport failure says nothing in the answer but its kind: the operator finds the cause here.
                LOG.log(
                        System.Logger.Level.WARNING,
                        () -> "Provider " + target.provider().name() + " failed ("
                                + p.failure().name().toLowerCase(java.util.Locale.ROOT) + "): " + p.getMessage());
            }
            reasons.add(target.provider().name() + ": "
                    + p.failure().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (p.status() > 0 ? " (" + p.status() + ")" : ""));
            p.retryAfter()
                    .ifPresent(d -> retryAfter = retryAfter == null || d.compareTo(retryAfter) < 0 ? d : retryAfter);
        } else {
            reasons.add(target.provider().name() + ": " + e.getClass().getSimpleName());
        }
    }

    /** The last provider that failed (one whose key was missing was not tried). */
    Optional<Target> last() {
        return Optional.ofNullable(last);
    }

    DomainException toException() {
        if (!providerFailed && missingKey != null) {
            return missingKey;
        }
        return DomainException.retryLater(
                ErrorCode.PROVIDER_UNAVAILABLE,
                "No provider could answer (" + String.join("; ", reasons) + ")",
                retryAfter == null ? Duration.ofSeconds(1) : retryAfter);
    }
}
