package fr.guichet.tenancy.view;

import fr.guichet.common.view.ConsoleText;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows instants in the operator's time zone ({@code guichet.zone}), the same on every page:
 * {@code 2025-11-21 14:03} or {@code 2025-11-21} (in French {@code 21/11/2025 14:03}); a dash when there is no value. Faces 4.0's f:convertDateTime
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
    private DateTimeFormatter frenchDateTime;
    private DateTimeFormatter frenchDate;

    @PostConstruct
    void init() {
        zone = config.zone();
        dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
        frenchDateTime = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zone);
        frenchDate = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(zone);
    }

    /** {@code 2025-11-21 14:03} in English, {@code 21/11/2025 14:03} in French. */
    public String dateTime(Instant instant) {
        return instant == null ? NONE : (french() ? frenchDateTime : dateTime).format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? NONE : (french() ? frenchDate : date).format(instant);
    }

    /**
     * A day as such (an invoice's date, a due date): {@code 2025-11-21} in English, {@code 21/11/2025} in French; empty
     * when there is none, as the billing pages showed it.
     */
    public String day(LocalDate day) {
        return day == null ? "" : (french() ? frenchDate : date).format(day);
    }

    private static boolean french() {
        return ConsoleText.locale().getLanguage().equals("fr");
    }

    /** The zone the console shows times in, e.g. {@code Europe/Paris}. */
    public String getZone() {
        return zone.getId();
    }
}
