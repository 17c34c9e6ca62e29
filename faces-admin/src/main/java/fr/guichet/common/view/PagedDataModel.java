package fr.guichet.common.view;

import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A lazy table fed one page at a time by a service's paged list; rows known by {@code key}. */
public class PagedDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<PageRequest, Page<T>> source;
    private final transient Function<T, String> key;

    public PagedDataModel(Function<PageRequest, Page<T>> source, Function<T, String> key) {
        this.source = source;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int)
                Math.min(Integer.MAX_VALUE, source.apply(new PageRequest(0, 1)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = pageSize <= 0 ? PageRequest.DEFAULT_SIZE : Math.min(pageSize, PageRequest.MAX_SIZE);
        return source.apply(new PageRequest(Math.max(0, first) / size, size)).items();
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> page = getWrappedData();
        return page == null
                ? null
                : page.stream()
                        .filter(r -> key.apply(r).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
