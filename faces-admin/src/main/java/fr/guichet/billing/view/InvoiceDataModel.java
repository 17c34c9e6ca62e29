package fr.guichet.billing.view;

import fr.guichet.billing.service.InvoiceQueries;
import fr.guichet.billing.service.InvoiceSummary;
import fr.guichet.common.domain.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Feeds the lazy invoice table one page at a time from {@link InvoiceQueries#search}: drafts, then newest. */
public class InvoiceDataModel extends LazyDataModel<InvoiceSummary> {

    private static final long serialVersionUID = 1L;

    /** The filter bar's values, applied on Search. */
    public record Filter(String status, String number, String kind) {}

    private final transient InvoiceQueries invoices;
    private final transient Supplier<Filter> filter;

    public InvoiceDataModel(InvoiceQueries invoices, Supplier<Filter> filter) {
        this.invoices = invoices;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, page(new PageRequest(0, 1)).total());
    }

    @Override
    public List<InvoiceSummary> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = pageSize <= 0 ? PageRequest.DEFAULT_SIZE : Math.min(pageSize, PageRequest.MAX_SIZE);
        return page(new PageRequest(Math.max(0, first) / size, size)).items();
    }

    private fr.guichet.common.domain.Page<InvoiceSummary> page(PageRequest page) {
        Filter f = filter.get();
        return invoices.search(null, f.kind(), f.status(), null, null, f.number(), page);
    }

    @Override
    public String getRowKey(InvoiceSummary invoice) {
        return invoice.id();
    }

    @Override
    public InvoiceSummary getRowData(String rowKey) {
        List<InvoiceSummary> page = getWrappedData();
        return page == null
                ? null
                : page.stream().filter(i -> i.id().equals(rowKey)).findFirst().orElse(null);
    }
}
