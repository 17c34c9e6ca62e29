package fr.guichet.metering.service;

import fr.guichet.access.service.ChainProviders;
import fr.guichet.common.domain.CsvField;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import fr.guichet.metering.domain.UsagePeriod;
import fr.guichet.metering.domain.UsageRollup;
import fr.guichet.metering.repository.UsageRollupQueries;
import fr.guichet.metering.repository.UsageRollupQueries.Slice;
import fr.guichet.metering.repository.UsageRollupQueries.TenantRow;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.service.TenancyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The operator's usage explorer: the daily rollups of a period ({@link UsagePeriod}, days in the operator's zone),
 * narrowed to a client, a model, a provider and an API key, a page at a time or whole as CSV. Never a scan of the events.
 */
@ApplicationScoped
public class UsageExplorer {

    private static final int CSV_CHUNK = 1000;

    @Inject
    UsageRollupQueries rollups;

    @Inject
    TenantRepository tenants;

    @Inject
    ChainProviders providers;

    @Inject
    TenancyConfig config;

    @Inject
    Clock clock;

    /** What to explore; {@code from} and {@code to} included. Build it with {@link #filter}. */
    public record Filter(
            LocalDate from, LocalDate to, String tenantId, String model, String providerId, String apiKeyId) {

        Slice slice() {
            return new Slice(from, to, tenantId, model, providerId, apiKeyId);
        }
    }

    /** One day of one client, model, provider and key, with names for people. */
    public record Row(
            LocalDate day,
            String tenantId,
            String client,
            String model,
            String provider,
            String apiKeyId,
            UsageRollup sums) {}

    /**
     * A filter from text (days as {@code 2026-11-01}; blank: this month up to today, or absent); every broken rule at
     * once. A client is named by its slug; an unknown slug is 404.
     */
    public Filter filter(String from, String to, String clientSlug, String model, String providerId, String apiKeyId) {
        Validation v = new Validation()
                .optionalText(clientSlug, "client", 40)
                .optionalText(model, "model", 100)
                .optionalText(providerId, "providerId", 36)
                .optionalText(apiKeyId, "apiKeyId", 36);
        UsagePeriod period = UsagePeriod.parse(from, to, LocalDate.now(clock.withZone(config.zone())), v);
        v.throwIfInvalid();
        String tenantId = null;
        if (Validation.clean(clientSlug) != null) {
            tenantId = tenants.findBySlug(clientSlug.strip().toLowerCase(java.util.Locale.ROOT))
                    .map(t -> t.id())
                    .orElseThrow(() -> new DomainException(
                            ErrorCode.TENANT_NOT_FOUND, "No client has the slug " + clientSlug.strip()));
        }
        return new Filter(
                period.from(),
                period.to(),
                tenantId,
                Validation.clean(model),
                Validation.clean(providerId),
                Validation.clean(apiKeyId));
    }

    /** A tenant's sums since it became a client (its portal's statistics); zero when it never called. */
    public UsageRollup allTime(String tenantId) {
        UsageRollup sums = rollups.tenantAllTime(tenantId);
        return sums != null ? sums : UsageRollup.ZERO;
    }

    /** A tenant's own rows of a period (blank: this month up to today), as its portal asks for them. */
    public Filter tenantFilter(String tenantId, String from, String to) {
        Validation v = new Validation();
        UsagePeriod period = UsagePeriod.parse(from, to, LocalDate.now(clock.withZone(config.zone())), v);
        v.throwIfInvalid();
        return new Filter(period.from(), period.to(), tenantId, null, null, null);
    }

    public Page<Row> page(Filter f, PageRequest page) {
        List<TenantRow> rows = rollups.explore(f.slice(), page.offset(), page.size());
        long total = rollups.exploreCount(f.slice());
        return new Page<>(named(rows), page.page(), page.size(), total);
    }

    /** Every row of the filter as CSV (RFC 4180, a header line, EUR with a dot), written a thousand rows at a time. */
    public void csv(Filter f, Writer out) {
        try {
            out.write("day,client_id,client,model,provider,api_key_id,served,refused,failed,input_tokens,"
                    + "output_tokens,cost_eur\r\n");
            for (int offset = 0; ; offset += CSV_CHUNK) {
                List<TenantRow> rows = rollups.explore(f.slice(), offset, CSV_CHUNK);
                for (Row r : named(rows)) {
                    UsageRollup s = r.sums();
                    out.write(String.join(
                                    ",",
                                    r.day().toString(),
                                    r.tenantId(),
                                    CsvField.of(r.client()),
                                    CsvField.of(r.model()),
                                    CsvField.of(r.provider()),
                                    r.apiKeyId(),
                                    Long.toString(s.served()),
                                    Long.toString(s.refused()),
                                    Long.toString(s.failed()),
                                    Long.toString(s.inputTokens()),
                                    Long.toString(s.outputTokens()),
                                    plain(s.costEur()))
                            + "\r\n");
                }
                if (rows.size() < CSV_CHUNK) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Row> named(List<TenantRow> rows) {
        Map<String, String> clients = new HashMap<>();
        Map<String, String> providerNames = new HashMap<>();
        return rows.stream()
                .map(r -> new Row(
                        r.day(),
                        r.tenantId(),
                        clients.computeIfAbsent(
                                r.tenantId(),
                                id -> tenants.find(id).map(t -> t.name()).orElse(id)),
                        r.model(),
                        providerNames.computeIfAbsent(r.providerId(), id -> UsageOverview.providerName(providers, id)),
                        r.apiKeyId(),
                        r.sums()))
                .toList();
    }

    private static String plain(BigDecimal euros) {
        return euros.signum() == 0 ? "0" : euros.stripTrailingZeros().toPlainString();
    }
}
