package fr.guichet.privacy.service;

import fr.guichet.audit.AuditLog;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.notify.domain.MailKind;
import fr.guichet.notify.service.MailFormats;
import fr.guichet.notify.service.MailLinks;
import fr.guichet.notify.service.NewMail;
import fr.guichet.notify.service.Outbox;
import fr.guichet.privacy.domain.DataExport;
import fr.guichet.privacy.domain.DataExportFile;
import fr.guichet.privacy.repository.DataExportRepository;
import fr.guichet.tenancy.domain.Role;
import fr.guichet.tenancy.repository.TenantRepository;
import fr.guichet.tenancy.service.TenancyConfig;
import fr.guichet.tenancy.service.TenantService;
import fr.guichet.tenancy.service.TenantView;
import fr.guichet.tenancy.service.UserService;
import fr.guichet.tenancy.service.UserView;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A client's exports of its data (GDPR art. 15 and 20): asked by a tenant admin, built in the background
 * ({@link ExportBuilder}), announced by mail with a link that works until it expires (the token travels only in the
 * mail, in the link's fragment), downloadable from the portal meanwhile; expired ones lose their ZIP.
 */
@Stateless
public class DataExports {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** How long a server may build an export before another may take it over. */
    static final Duration CLAIM = Duration.ofMinutes(10);

    @Inject
    DataExportRepository exports;

    @Inject
    TenantRepository tenantRows;

    @Inject
    TenantService tenants;

    @Inject
    UserService users;

    @Inject
    PrivacyConfig config;

    @Inject
    Outbox outbox;

    @Inject
    MailLinks links;

    @Inject
    AuditLog audit;

    @Inject
    TenancyConfig zone;

    @Inject
    Event<ExportRequested> requested;

    @Inject
    Clock clock;

    /** Asks for an export of the tenant's data; one at a time. */
    public DataExportView request(String tenantId, String userId, String actor) {
        tenantRows.findForUpdate(tenantId); // two asks at once take turns: one export
        if (exports.anyInProgress(tenantId)) {
            throw new DomainException(
                    ErrorCode.EXPORT_IN_PROGRESS, "An export of this account is being built: it is mailed when ready");
        }
        DataExport export = new DataExport(tenantId, userId, clock.instant());
        exports.add(export);
        audit.write(actor, tenantId, "privacy.export.requested", "export:" + export.id(), null);
        requested.fire(new ExportRequested(export.id()));
        return DataExportView.of(export);
    }

    /** The tenant's exports, newest first (the last ten). */
    public List<DataExportView> list(String tenantId) {
        return exports.ofTenant(tenantId, 10).stream().map(DataExportView::of).toList();
    }

    /** The ZIP of a ready export of the tenant (a signed-in user of the portal). */
    public byte[] download(String tenantId, String exportId) {
        DataExport export = exports.findInTenant(tenantId, exportId)
                .orElseThrow(() -> new DomainException(ErrorCode.EXPORT_NOT_FOUND, "No export " + exportId));
        return content(export);
    }

    /** The ZIP of a ready export, for the link mailed to its requester: the token is its proof. */
    public byte[] downloadWithToken(String exportId, String token) {
        DataExport export = exports.find(exportId)
                .filter(e -> token != null && e.tokenHash() != null)
                .filter(e -> MessageDigest.isEqual(
                        e.tokenHash().getBytes(StandardCharsets.UTF_8),
                        hash(token.strip()).getBytes(StandardCharsets.UTF_8)))
                .orElseThrow(DataExports::notAvailable);
        UserView requester;
        try {
            requester = users.get(export.tenantId(), export.userId());
        } catch (DomainException e) {
            throw notAvailable();
        }
        if (!requester.enabled() || requester.role() != Role.TENANT_ADMIN) {
            throw notAvailable(); // the requester left or is no longer an admin: the link dies with it
        }
        return content(export);
    }

    /** Claims an export for this server, in its own transaction; false when another server has it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String exportId) {
        Instant now = clock.instant();
        return exports.claim(exportId, now, now.plus(CLAIM));
    }

    /** Keeps the built ZIP, opens the link, and mails it to the requester. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(String exportId, byte[] zip) {
        DataExport export = exports.findForUpdate(exportId).orElse(null);
        Instant now = clock.instant();
        if (export == null || !export.claimedAt(now)) {
            return; // another server took it over (this one was too slow), or the account was erased meanwhile
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = now.plus(config.exportValidFor());
        exports.addFile(new DataExportFile(exportId, zip));
        export.ready(hash(token), zip.length, expires, now);
        TenantView tenant = tenants.get(export.tenantId());
        UserView user = users.get(export.tenantId(), export.userId());
        String lang = tenant.language();
        // The token travels in the fragment: browsers never send it to the server nor in a Referer.
        String url = links.portal(tenant.slug()) + "export?lang=" + lang + "&id=" + exportId + "#token=" + token;
        outbox.queue(new NewMail(
                MailKind.EXPORT_READY,
                tenant.id(),
                user.email(),
                lang,
                Map.of(
                        "tenantName", tenant.name(),
                        "downloadUrl", url,
                        "expiresOn", MailFormats.date(LocalDate.ofInstant(expires, zone.zone()), lang)),
                List.of()));
        audit.write(AuditLog.SYSTEM, tenant.id(), "privacy.export.ready", "export:" + exportId, zip.length + " bytes");
    }

    /** An attempt failed: it is tried again later, or given up after the last attempt. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(String exportId, String why) {
        Instant now = clock.instant();
        exports.findForUpdate(exportId).filter(e -> e.claimedAt(now)).ifPresent(e -> e.failed(why, now));
    }

    /** Expired exports lose their ZIP; returns how many. */
    public int expire() {
        exports.giveUpStale(clock.instant());
        int expired = 0;
        for (String id : exports.expired(clock.instant(), 500)) {
            exports.deleteFile(id);
            exports.find(id).ifPresent(DataExport::expire);
            expired++;
        }
        return expired;
    }

    private byte[] content(DataExport export) {
        if (!export.downloadableAt(clock.instant())) {
            throw notAvailable();
        }
        return exports.content(export.id()).orElseThrow(DataExports::notAvailable);
    }

    private static DomainException notAvailable() {
        return new DomainException(
                ErrorCode.EXPORT_NOT_AVAILABLE,
                "This export cannot be downloaded: it is not ready, its link ran out, or the link is wrong."
                        + " Ask for a new one from the portal.");
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
