package fr.guichet.common.time;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of time: every bean that reads the time injects this {@link Clock} (UTC), so tests can move
 * time. Unit tests pass their own clock; the end-to-end test server sets {@code guichet.test.clock-control=true}
 * ({@code GUICHET_TEST_CLOCK_CONTROL}), which lets operators shift this server's clock through
 * {@code /api/admin/test/clock} — never set it in production. Without it the clock is the system's, and cannot be
 * shifted.
 */
@ApplicationScoped
public class ClockProducer {

    private static final System.Logger LOG = System.getLogger(ClockProducer.class.getName());

    @Inject
    @ConfigProperty(name = "guichet.test.clock-control", defaultValue = "false")
    boolean controllable;

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    private Clock clock;

    @PostConstruct
    void init() {
        clock = controllable ? new ShiftedClock(offset) : Clock.systemUTC();
        if (controllable) {
            LOG.log(
                    Level.WARNING,
                    "guichet.test.clock-control is on: operators can shift this server's clock "
                            + "(for end-to-end tests only)");
        }
    }

    @Produces
    Clock clock() {
        return clock;
    }

    /** Whether this server's clock may be shifted (end-to-end tests only). */
    public boolean controllable() {
        return controllable;
    }

    /** Shifts the clock to the system's time plus {@code by}; refused unless the clock is controllable. */
    public Instant shift(Duration by) {
        if (!controllable) {
            throw new DomainException(ErrorCode.NOT_FOUND, "The clock cannot be changed on this server");
        }
        offset.set(by);
        LOG.log(Level.WARNING, "Clock shifted by {0}", by);
        return clock.instant();
    }

    public Duration offset() {
        return offset.get();
    }

    /** The system's UTC time plus an offset read at each call. */
    private static final class ShiftedClock extends Clock {

        private final AtomicReference<Duration> offset;

        ShiftedClock(AtomicReference<Duration> offset) {
            this.offset = offset;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset.get());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }
}
