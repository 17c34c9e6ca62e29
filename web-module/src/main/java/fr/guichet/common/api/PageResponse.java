package fr.guichet.common.api;

import fr.guichet.common.domain.Page;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list: the items, where the page is, and how many items match in all. */
@Schema(name = "Page")
public record PageResponse<T>(List<T> items, int page, int size, long total, long totalPages) {

    public static <V, T> PageResponse<T> of(Page<V> page, Function<? super V, ? extends T> mapper) {
        long pages = (page.total() + page.size() - 1) / page.size();
        return new PageResponse<>(
                page.items().stream().<T>map(mapper).toList(), page.page(), page.size(), page.total(), pages);
    }
}
