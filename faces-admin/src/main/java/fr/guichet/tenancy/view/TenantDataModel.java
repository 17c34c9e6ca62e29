package fr.guichet.tenancy.view;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Feeds the lazy tenant table one page at a time from {@link TenantService#search}, with the criteria of the
 * filter bar (not the table's own column filters or sorting: the service sorts newest first). The table's
 * {@code first}/{@code pageSize} become a zero-based page; sizes are capped at {@link PageRequest#MAX_SIZE}.
 */
public class TenantDataModel extends LazyDataModel<TenantView> {

    private static final long serialVersionUID = 1L;

    /** What the filter bar asked for: a status wire name and a text, each null for "any". */
    public record Query(String status, String text) implements Serializable {
        public static final Query ANY = new Query(null, null);
    }

    private final transient TenantService tenants;
    private final transient Supplier<Query> query;

    public TenantDataModel(TenantService tenants, Supplier<Query> query) {
        this.tenants = tenants;
        this.query = query;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, search(new PageRequest(0, 1)).total());
    }

    @Override
    public List<TenantView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = pageSize <= 0 ? PageRequest.DEFAULT_SIZE : Math.min(pageSize, PageRequest.MAX_SIZE);
        return search(new PageRequest(Math.max(0, first) / size, size)).items();
    }

    @Override
    public String getRowKey(TenantView tenant) {
        return tenant.id();
    }

    /** PrimeFaces' contract: the row of the current page with that key, or null when it is not on it. */
    @Override
    public TenantView getRowData(String rowKey) {
        List<TenantView> page = getWrappedData();
        return page == null
                ? null
                : page.stream().filter(t -> t.id().equals(rowKey)).findFirst().orElse(null);
    }

    private Page<TenantView> search(PageRequest page) {
        Query q = query.get();
        return tenants.search(q.status(), q.text(), page);
    }
}
