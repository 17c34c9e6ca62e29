package fr.guichet.privacy.service;

import static fr.guichet.privacy.service.ExportArchive.put;

import fr.guichet.access.service.ApiKeyService;
import fr.guichet.access.service.ApiKeyView;
import fr.guichet.billing.service.InvoiceFiles;
import fr.guichet.billing.service.InvoiceQueries;
import fr.guichet.billing.service.InvoiceSummary;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.metering.repository.UsageRepository;
import fr.guichet.metering.repository.UsageRow;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import fr.guichet.tenancy.service.UserService;
import fr.guichet.tenancy.service.UserView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * What a client's export holds, each file described in its README: the account, its users, its API keys (masked),
 * every usage event, and its invoices and credit notes as issued (PDF, with their Factur-X inside).
 */
@Stateless
public class ExportContents {

    static final String README = """
            Export des données du compte / Account data export — Guichet

            README.txt        ce fichier / this file
            profile.json      le compte : nom, adresse, contact, langue, statut, offre, conservation des données
                              the account: name, address, contact, language, status, plan, data retention
            users.json        les utilisateurs : e-mail, nom, rôle, actif, dernière connexion, création
                              the users: e-mail, name, role, enabled, last sign-in, creation
            api-keys.json     les clés d'API, masquées (préfixe et 4 derniers caractères) : nom, statut, dates
                              the API keys, masked (prefix and last 4 characters): name, status, dates
            usage-events.jsonl  un appel par ligne (JSON) : date, clé, modèle, fournisseur, issue, jetons, coût en EUR
                              one call per line (JSON): time, key, model, provider, outcome, tokens, cost in EUR
            invoices.json     les factures et avoirs émis : numéro, dates, montants, solde
                              the invoices and credit notes issued: number, dates, amounts, balance
            invoices/         chaque facture ou avoir en PDF (le Factur-X est inclus dans le PDF)
                              each invoice or credit note as a PDF (the Factur-X is inside the PDF)

            Dates en UTC (ISO 8601), montants en euros. / Times in UTC (ISO 8601), amounts in euros.
            """;

    @Inject
    TenantService tenants;

    @Inject
    UserService users;

    @Inject
    ApiKeyService keys;

    @Inject
    UsageRepository usage;

    @Inject
    InvoiceQueries invoices;

    @Inject
    InvoiceFiles files;

    @Inject
    Erasures erasures;

    @Inject
    Clock clock;

    /** The ZIP of everything the tenant's account holds, as of now. */
    public byte[] zip(String tenantId) {
        ExportArchive zip = new ExportArchive();
        TenantView tenant = tenants.get(tenantId);
        zip.text("README.txt", README);
        zip.json("profile.json", profile(tenant).build());
        zip.json(
                "users.json",
                all(p -> users.list(tenantId, p), ExportContents::user).build());
        zip.json(
                "api-keys.json",
                all(p -> keys.list(tenantId, p), ExportContents::key).build());
        usageEvents(zip, tenant);
        JsonArrayBuilder issued = Json.createArrayBuilder();
        for (int page = 0; ; page++) {
            Page<InvoiceSummary> found = invoices.issuedOf(tenantId, null, new PageRequest(page, PageRequest.MAX_SIZE));
            for (InvoiceSummary invoice : found.items()) {
                issued.add(invoice(invoice));
                InvoiceFiles.Document pdf = files.pdf(tenantId, invoice.id());
                zip.file("invoices/" + pdf.fileName(), pdf.bytes());
            }
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
                break;
            }
        }
        zip.json("invoices.json", issued.build());
        return zip.finish();
    }

    private JsonObjectBuilder profile(TenantView t) {
        JsonObjectBuilder profile = Json.createObjectBuilder();
        put(profile, "id", t.id());
        put(profile, "name", t.name());
        put(profile, "slug", t.slug());
        put(profile, "contactEmail", t.contactEmail());
        put(profile, "status", t.status());
        put(profile, "language", t.language());
        put(profile, "timeZone", t.timeZone());
        put(profile, "planId", t.planId());
        put(profile, "createdAt", t.createdAt());
        JsonObjectBuilder billing = Json.createObjectBuilder();
        if (t.billing() != null) {
            put(billing, "legalName", t.billing().legalName());
            put(billing, "addressLine1", t.billing().addressLine1());
            put(billing, "addressLine2", t.billing().addressLine2());
            put(billing, "postalCode", t.billing().postalCode());
            put(billing, "city", t.billing().city());
            put(billing, "country", t.billing().country());
            put(billing, "siren", t.billing().siren());
            put(billing, "vatNumber", t.billing().vatNumber());
        }
        profile.add("billing", billing);
        put(profile, "retentionDays", erasures.settings(t.id()).retentionDays());
        return profile;
    }

    private static JsonObjectBuilder user(UserView u) {
        JsonObjectBuilder user = Json.createObjectBuilder();
        put(user, "id", u.id());
        put(user, "email", u.email());
        put(user, "displayName", u.displayName());
        put(user, "role", u.role());
        put(user, "enabled", u.enabled());
        put(user, "lastLoginAt", u.lastLoginAt());
        return put(user, "createdAt", u.createdAt());
    }

    private static JsonObjectBuilder key(ApiKeyView k) {
        JsonObjectBuilder key = Json.createObjectBuilder();
        put(key, "id", k.id());
        put(key, "name", k.name());
        put(key, "masked", k.prefix() + "…" + k.last4());
        put(key, "status", k.status());
        put(key, "createdAt", k.createdAt());
        put(key, "expiresAt", k.expiresAt());
        put(key, "revokedAt", k.revokedAt());
        return put(key, "lastUsedAt", k.lastUsedAt());
    }

    private static JsonObjectBuilder invoice(InvoiceSummary i) {
        JsonObjectBuilder invoice = Json.createObjectBuilder();
        put(invoice, "number", i.number());
        put(invoice, "kind", i.kind());
        put(invoice, "status", i.status());
        put(invoice, "issueDate", i.issueDate());
        put(invoice, "dueDate", i.dueDate());
        put(invoice, "periodStart", i.periodStart());
        put(invoice, "periodEnd", i.periodEnd());
        put(invoice, "totalHt", i.totalHt());
        put(invoice, "totalVat", i.totalVat());
        put(invoice, "totalTtc", i.totalTtc());
        return put(invoice, "balance", i.balance());
    }

    /** Every usage event, a month at a time so that memory holds one month. */
    private void usageEvents(ExportArchive zip, TenantView tenant) {
        zip.begin("usage-events.jsonl");
        Instant end = clock.instant().plus(1, ChronoUnit.DAYS);
        ZonedDateTime month =
                tenant.createdAt().atZone(ZoneOffset.UTC).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
        while (month.toInstant().isBefore(end)) {
            ZonedDateTime next = month.plusMonths(1);
            for (UsageRow row : usage.rows(tenant.id(), month.toInstant(), next.toInstant())) {
                JsonObjectBuilder event = Json.createObjectBuilder();
                put(event, "occurredAt", row.occurredAt());
                put(event, "apiKeyId", row.apiKeyId());
                put(event, "model", row.model());
                put(event, "providerId", row.providerId());
                put(event, "outcome", row.outcome());
                put(event, "reason", row.reason());
                put(event, "inputTokens", row.inputTokens());
                put(event, "outputTokens", row.outputTokens());
                put(event, "costEur", row.costEur());
                zip.line(event);
            }
            month = next;
        }
        zip.end();
    }

    private static <T> JsonArrayBuilder all(
            Function<PageRequest, Page<T>> source, Function<T, JsonObjectBuilder> write) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int page = 0; ; page++) {
            Page<T> found = source.apply(new PageRequest(page, PageRequest.MAX_SIZE));
            found.items().forEach(item -> array.add(write.apply(item)));
            if ((long) (page + 1) * PageRequest.MAX_SIZE >= found.total()) {
                return array;
            }
        }
    }
}
