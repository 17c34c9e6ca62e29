package fr.guichet.metering.view;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.metering.repository.ClientUsageQueries.Row;
import fr.guichet.metering.repository.ClientUsageQueries.Sort;
import fr.guichet.metering.service.ClientUsage;
import fr.guichet.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The dashboard's client table: every client with its usage of this month, most costly first by default; sorted by
 * any column and filtered by status or by a text in the name or slug, one page read at a time.
 */
@Named
@RequestScoped
public class ClientUsageView {

    @Inject
    ClientUsage usage;

    private final LazyDataModel<Row> clients = new Model();

    public LazyDataModel<Row> getClients() {
        return clients;
    }

    /** The statuses a client can be filtered by, as wire names. */
    public List<String> getStatuses() {
        return java.util.Arrays.stream(TenantStatus.values())
                .map(TenantStatus::wireName)
                .toList();
    }

    private Page<Row> read(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy, PageRequest page) {
        Sort sort = Sort.COST;
        boolean descending = true;
        for (SortMeta meta : sortBy.values()) {
            sort = sortOf(meta.getField());
            descending = meta.getOrder() == SortOrder.DESCENDING;
        }
        return usage.page(status(filterBy.get("status")), text(filterBy.get("name")), sort, descending, page);
    }

    private static Sort sortOf(String field) {
        return switch (field == null ? "" : field) {
            case "name" -> Sort.NAME;
            case "tokens" -> Sort.TOKENS;
            case "served" -> Sort.REQUESTS;
            case "quotaShare" -> Sort.QUOTA;
            case "lastAt" -> Sort.LAST_ACTIVITY;
            default -> Sort.COST;
        };
    }

    private static TenantStatus status(FilterMeta filter) {
        Object value = filter == null ? null : filter.getFilterValue();
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(TenantStatus.values())
                .filter(s -> s.wireName().equals(value.toString().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
    }

    private static String text(FilterMeta filter) {
        Object value = filter == null ? null : filter.getFilterValue();
        return value == null ? null : value.toString();
    }

    private final class Model extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(
                    Integer.MAX_VALUE, usage.count(status(filterBy.get("status")), text(filterBy.get("name"))));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            int size = pageSize <= 0 ? PageRequest.DEFAULT_SIZE : Math.min(pageSize, PageRequest.MAX_SIZE);
            return read(sortBy, filterBy, new PageRequest(Math.max(0, first) / size, size))
                    .items();
        }

        @Override
        public String getRowKey(Row row) {
            return row.tenantId();
        }

        @Override
        public Row getRowData(String rowKey) {
            List<Row> page = getWrappedData();
            return page == null
                    ? null
                    : page.stream()
                            .filter(r -> r.tenantId().equals(rowKey))
                            .findFirst()
                            .orElse(null);
        }
    }
}
