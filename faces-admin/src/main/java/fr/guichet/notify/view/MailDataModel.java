package fr.guichet.notify.view;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.notify.service.MailView;
import fr.guichet.notify.service.OutboxAdmin;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Feeds the lazy outbox table one page at a time from {@link OutboxAdmin#list}, newest first. */
public class MailDataModel extends LazyDataModel<MailView> {

    private static final long serialVersionUID = 1L;

    /** The filter bar's values, applied on Search, and the tenant the page is opened for (or null). */
    public record Filter(String status, String kind, String tenantId) {}

    private final transient OutboxAdmin outbox;
    private final transient Supplier<Filter> filter;

    public MailDataModel(OutboxAdmin outbox, Supplier<Filter> filter) {
        this.outbox = outbox;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, page(new PageRequest(0, 1)).total());
    }

    @Override
    public List<MailView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = pageSize <= 0 ? PageRequest.DEFAULT_SIZE : Math.min(pageSize, PageRequest.MAX_SIZE);
        return page(new PageRequest(Math.max(0, first) / size, size)).items();
    }

    private Page<MailView> page(PageRequest page) {
        Filter f = filter.get();
        return outbox.list(f.status(), f.kind(), f.tenantId(), page);
    }

    @Override
    public String getRowKey(MailView mail) {
        return mail.id();
    }

    @Override
    public MailView getRowData(String rowKey) {
        List<MailView> page = getWrappedData();
        return page == null
                ? null
                : page.stream().filter(m -> m.id().equals(rowKey)).findFirst().orElse(null);
    }
}
