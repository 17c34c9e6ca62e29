package fr.guichet.metering.service;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import fr.guichet.metering.repository.ClientUsageQueries;
import fr.guichet.metering.repository.ClientUsageQueries.Row;
import fr.guichet.metering.repository.ClientUsageQueries.Sort;
import fr.guichet.tenancy.domain.TenantStatus;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.YearMonth;

/**
 * The clients with their usage of this month (in the operator's zone), for the console's table: filtered by status
 * and by a text in the name or slug, sorted by any column, a page at a time. Last activity is the latest call of this
 * month or, failing that, of the last one.
 */
@ApplicationScoped
public class ClientUsage {

    @Inject
    ClientUsageQueries queries;

    @Inject
    TenancyConfig config;

    @Inject
    Clock clock;

    /**
     * The API's form: {@code status} a status' wire name, {@code sort} one of {@code name, tokens, cost, requests,
     * quota, last_activity} (default cost), {@code order} {@code asc} or {@code desc} (default: desc, but asc by name);
     * an unknown value is a validation error on its field.
     */
    public Page<Row> page(String status, String text, String sort, String order, PageRequest page) {
        Sort by = sort == null || sort.isBlank() ? Sort.COST : sortOf(sort.strip());
        boolean descending = order == null || order.isBlank() ? by != Sort.NAME : descending(order.strip());
        new Validation()
                .require(text == null || text.length() <= 120, "q", "must be at most 120 characters")
                .throwIfInvalid();
        return page(
                status == null || status.isBlank() ? null : TenantStatus.parse(status, "status"),
                text,
                by,
                descending,
                page);
    }

    private static Sort sortOf(String sort) {
        for (Sort s : Sort.values()) {
            if (s.name().equalsIgnoreCase(sort)) {
                return s;
            }
        }
        throw DomainException.invalid("sort", "must be one of name, tokens, cost, requests, quota, last_activity");
    }

    private static boolean descending(String order) {
        return switch (order.toLowerCase(java.util.Locale.ROOT)) {
            case "desc" -> true;
            case "asc" -> false;
            default -> throw DomainException.invalid("order", "must be asc or desc");
        };
    }

    public Page<Row> page(TenantStatus status, String text, Sort sort, boolean descending, PageRequest page) {
        YearMonth month = YearMonth.now(clock.withZone(config.zone()));
        String now = month.toString();
        String before = month.minusMonths(1).toString();
        String state = status == null ? null : status.name();
        long total = queries.count(now, before, state, text);
        return new Page<>(
                total == 0
                        ? java.util.List.of()
                        : queries.page(
                                now,
                                before,
                                state,
                                text,
                                sort == null ? Sort.COST : sort,
                                descending,
                                page.offset(),
                                page.size()),
                page.page(),
                page.size(),
                total);
    }
}
