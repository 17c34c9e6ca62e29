package fr.guichet.tenancy.view;

import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows instants in the operator's time zone ({@code guichet.zone}), the same on every page:
 * {@code 2025-11-21 14:03} or {@code 2025-11-21}; a dash when there is no value. Faces 4.0's f:convertDateTime
 * has no {@code Instant} type, hence this bean.
 */
@Named
@ApplicationScoped
public class InstantFormat {

    private static final String NONE = "—";

    @Inject
    TenancyConfig config;

    private ZoneId zone;
    private DateTimeFormatter dateTime;
    private DateTimeFormatter date;

    @PostConstruct
    void init() {
        zone = config.zone();
        dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
    }

    public String dateTime(Instant instant) {
        return instant == null ? NONE : dateTime.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? NONE : date.format(instant);
    }

    /** The zone the console shows times in, e.g. {@code Europe/Paris}. */
    public String getZone() {
        return zone.getId();
    }
}
