package fr.guichet.billing.service;

import fr.guichet.billing.domain.DunningSchedule;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dunning schedule ({@code GUICHET_DUNNING_SCHEDULE}), read once when the application starts: a schedule that
 * does not parse stops the start with its reason, rather than the first unpaid invoice failing.
 */
@ApplicationScoped
public class DunningConfig {

    @Inject
    @ConfigProperty(name = "guichet.dunning.schedule", defaultValue = DunningSchedule.DEFAULT)
    String scheduleText;

    private DunningSchedule schedule;

    @PostConstruct
    void read() {
        schedule = DunningSchedule.parse(scheduleText);
    }

    void atStart(@Observes Startup started) {
        schedule(); // reads it now
    }

    public DunningSchedule schedule() {
        return schedule;
    }
}
