package fr.guichet.dispatch.chat;

import fr.guichet.common.domain.DomainException;
import java.util.Optional;

/**
 * No provider of the route answered: the error the client gets ({@link #answer()}), the last provider tried (if
 * any was: a route whose every provider lacked a key tried none) and whether that was a fallback, for metering.
 */
final class ProvidersFailed extends RuntimeException {

    private final transient Optional<Target> last;
    private final boolean fallback;
    private final DomainException answer;

    ProvidersFailed(Optional<Target> last, boolean fallback, DomainException answer) {
        super(answer.getMessage(), null, false, false);
        this.last = last;
        this.fallback = fallback;
        this.answer = answer;
    }

    Optional<Target> last() {
        return last;
    }

    boolean fallback() {
        return fallback;
    }

    DomainException answer() {
        return answer;
    }
}
