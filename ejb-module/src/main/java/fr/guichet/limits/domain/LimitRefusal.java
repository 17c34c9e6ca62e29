package fr.guichet.limits.domain;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import java.time.Duration;
import java.util.Optional;

/**
 * A call refused by a limit before any provider was called: rate limit (with where the bucket stands, for the
 * {@code x-ratelimit-*} headers), monthly quota, trial over, suspension.
 */
public class LimitRefusal extends DomainException {

    private final transient RateStatus rate;

    public LimitRefusal(ErrorCode code, String detail, Duration retryAfter, RateStatus rate) {
        super(code, detail, retryAfter);
        this.rate = rate;
    }

    /** The rate limit's state when the refusal is the rate limit's. */
    public Optional<RateStatus> rate() {
        return Optional.ofNullable(rate);
    }
}
