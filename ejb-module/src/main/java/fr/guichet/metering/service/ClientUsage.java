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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

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
                .require(text == null || text.length() <= 100, "q", "must be at most 100 characters")
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
        return page(filter(status, text, null, null), sort == null ? Sort.COST : sort, descending, page);
    }

    /** How many clients match a status and a text (each null for any), without reading any of them. */
    public long count(TenantStatus status, String text) {
        return queries.count(filter(status, text, null, null));
    }

    /** The clients at or above {@code percent} of a monthly quota (tokens, requests or EUR), the fullest first. */
    public Page<Row> nearQuota(BigDecimal percent, PageRequest page) {
        return page(filter(null, null, percent, null), Sort.QUOTA, true, page);
    }

    /**
     * The clients being served (trial, active, past due), opened more than {@code days} ago, without a call for
     * {@code days} days: the longest idle first.
     */
    public Page<Row> idleFor(int days, PageRequest page) {
        return page(
                filter(null, null, null, clock.instant().minus(Duration.ofDays(days))),
                Sort.LAST_ACTIVITY,
                false,
                page);
    }

    private ClientUsageQueries.Filter filter(TenantStatus status, String text, BigDecimal minShare, Instant idle) {
        YearMonth month = YearMonth.now(clock.withZone(config.zone()));
        return new ClientUsageQueries.Filter(
                month.toString(),
                month.minusMonths(1).toString(),
                status == null ? null : status.name(),
                text,
                minShare,
                idle);
    }

    private Page<Row> page(ClientUsageQueries.Filter filter, Sort sort, boolean descending, PageRequest page) {
        long total = queries.count(filter);
        return new Page<>(
                total == 0 ? List.of() : queries.page(filter, sort, descending, page.offset(), page.size()),
                page.page(),
                page.size(),
                total);
    }
}
