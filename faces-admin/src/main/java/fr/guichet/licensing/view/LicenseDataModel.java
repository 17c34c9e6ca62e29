package fr.guichet.licensing.view;

import fr.guichet.common.domain.PageRequest;
import fr.guichet.licensing.repository.LicenseFilter;
import fr.guichet.licensing.service.LicenseService;
import fr.guichet.licensing.service.LicenseView;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Feeds the lazy license table one page at a time from {@link LicenseService#search}, newest first. */
public class LicenseDataModel extends LazyDataModel<LicenseView> {

    private static final long serialVersionUID = 1L;

    private final transient LicenseService licenses;
    private final transient Supplier<LicenseFilter> filter;

    public LicenseDataModel(LicenseService licenses, Supplier<LicenseFilter> filter) {
        this.licenses = licenses;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(
                Integer.MAX_VALUE,
                licenses.search(filter.get(), new PageRequest(0, 1)).total());
    }

    @Override
    public List<LicenseView> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = pageSize <= 0 ? PageRequest.DEFAULT_SIZE : Math.min(pageSize, PageRequest.MAX_SIZE);
        return licenses.search(filter.get(), new PageRequest(Math.max(0, first) / size, size))
                .items();
    }

    @Override
    public String getRowKey(LicenseView license) {
        return license.id();
    }

    @Override
    public LicenseView getRowData(String rowKey) {
        List<LicenseView> page = getWrappedData();
        return page == null
                ? null
                : page.stream().filter(l -> l.id().equals(rowKey)).findFirst().orElse(null);
    }
}
