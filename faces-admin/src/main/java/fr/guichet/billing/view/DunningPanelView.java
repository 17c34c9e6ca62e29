package fr.guichet.billing.view;

import fr.guichet.billing.service.DunningService;
import fr.guichet.billing.service.DunningView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The dashboard's "in dunning" panel: the clients with an unpaid invoice in recovery, what they owe, their step; the
 * oldest (the closest to suspension or cancellation) first.
 */
@Named
@RequestScoped
public class DunningPanelView {

    /** The most rows the panel shows; the count says how many run in all. */
    static final int SHOWN = 20;

    @Inject
    DunningService dunning;

    private List<DunningView> running;
    private long count;

    @PostConstruct
    void read() {
        running = dunning.running(SHOWN);
        count = dunning.runningCount();
    }

    public List<DunningView> getRunning() {
        return running;
    }

    public long getCount() {
        return count;
    }
}
