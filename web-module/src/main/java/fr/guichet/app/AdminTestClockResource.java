package fr.guichet.app;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.api.RequestValidator;
import fr.guichet.common.api.security.OperatorOnly;
import fr.guichet.common.time.ClockProducer;
import fr.guichet.tenancy.api.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Moves this server's clock, for end-to-end tests only: registered only when the server runs with
 * {@code GUICHET_TEST_CLOCK_CONTROL=true}, which production never sets (elsewhere the path is 404). Operators only;
 * each shift is in the audit log.
 */
@Path("admin/test/clock")
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminTestClockResource {

    /** How far the clock is shifted from the system's time, in seconds (0: not shifted). */
    public record ClockShift(
            @NotNull @Min(-315_360_000) @Max(315_360_000) Long offsetSeconds) {}

    /** This server's time and shift. */
    public record ClockState(Instant now, long offsetSeconds) {}

    @Inject
    ClockProducer clock;

    @Inject
    RequestValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(hidden = true)
    public ClockState get() {
        return new ClockState(Instant.now().plus(clock.offset()), clock.offset().toSeconds());
    }

    @PUT
    @Operation(hidden = true)
    public ClockState shift(ClockShift body) {
        validator.valid(body);
        Instant now = clock.shift(Duration.ofSeconds(body.offsetSeconds()));
        audit.write(
                "operator:" + caller.user().email(),
                null,
                "test.clock_shifted",
                "clock",
                "Shifted by " + body.offsetSeconds() + " s (end-to-end tests)");
        return new ClockState(now, body.offsetSeconds());
    }
}
