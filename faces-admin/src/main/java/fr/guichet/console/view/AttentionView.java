package fr.guichet.console.view;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.console.view.Attention.Line;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The dashboard's "Needs attention" panel: each kind of {@link Attention} as a count and its first five lines, every
 * line a link to the client's page and the count a link to the alerts page.
 */
@Named
@RequestScoped
public class AttentionView {

    static final int SHOWN = 5;

    /** One kind of alert: its title, how many there are, the first lines, and what the empty panel says. */
    public record Group(String id, String title, long count, List<Line> lines, String none) {

        public long more() {
            return count - lines.size();
        }
    }

    @Inject
    Attention attention;

    private List<Group> groups;

    @PostConstruct
    void read() {
        PageRequest first = new PageRequest(0, SHOWN);
        groups = Attention.KINDS.stream()
                .map(kind -> {
                    Page<Line> page = attention.lines(kind, first);
                    return new Group(kind, Attention.title(kind), page.total(), page.items(), Attention.none(kind));
                })
                .toList();
    }

    public List<Group> getGroups() {
        return groups;
    }
}
