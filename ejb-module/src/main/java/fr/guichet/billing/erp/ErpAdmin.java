package fr.guichet.billing.erp;

import fr.guichet.audit.AuditLog;
import fr.guichet.billing.domain.InvoiceKind;
import fr.guichet.billing.domain.PaymentMethod;
import fr.guichet.billing.repository.InvoiceRepository;
import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ErrorCode;
import fr.guichet.common.domain.Page;
import fr.guichet.common.domain.PageRequest;
import fr.guichet.common.domain.Validation;
import fr.guichet.dispatch.domain.KeyCipher;
import fr.guichet.tenancy.repository.TenantRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The operators' side of the sync: settings, the tasks not done and "retry now", each record's state. */
@Stateless
public class ErpAdmin {

    @Inject
    ErpRepository repository;

    @Inject
    KeyCipher cipher;

    @Inject
    TenantRepository tenants;

    @Inject
    InvoiceRepository invoices;

    @Inject
    AuditLog audit;

    @Inject
    ErpKick kick;

    @Inject
    Clock clock;

    public ErpViews.Settings settings() {
        return repository
                .settings()
                .map(this::view)
                .orElseGet(() -> new ErpViews.Settings(false, null, null, null, Map.of(), false, null, 0, null, null));
    }

    public ErpViews.Settings change(ErpViews.Change change, String actor) {
        if (change == null) {
            throw DomainException.invalid("body", "is required");
        }
        String url = change.baseUrl() == null ? null : change.baseUrl().strip();
        Validation validation = new Validation()
                .require(
                        url != null && validUrl(url),
                        "baseUrl",
                        "must be Dolibarr's http(s) address, e.g."
                                + " https://erp.example.com (its API is under /api/index.php)")
                .require(url == null || url.length() <= 500, "baseUrl", "must be at most 500 characters")
                .require(
                        change.apiKey() == null
                                || (!change.apiKey().isBlank()
                                        && change.apiKey().length() <= 255
                                        && change.apiKey().strip().equals(change.apiKey())),
                        "apiKey",
                        "must be Dolibarr's API key (1 to 255 characters, no spaces around it)")
                .require(
                        change.bankAccountId() == null || change.bankAccountId() > 0,
                        "bankAccountId",
                        "must be the id of a Dolibarr bank account (a positive number)");
        Map<PaymentMethod, Integer> modes = new EnumMap<>(PaymentMethod.class);
        if (change.paymentModes() != null) {
            for (Map.Entry<String, Integer> mode : change.paymentModes().entrySet()) {
                PaymentMethod method = method(mode.getKey());
                validation.require(
                        method != null,
                        "paymentModes." + mode.getKey(),
                        "is not a payment method (transfer, card, direct_debit, check, cash, other)");
                validation.require(
                        mode.getValue() == null || mode.getValue() > 0,
                        "paymentModes." + mode.getKey(),
                        "must be the id of a Dolibarr payment mode (a positive number)");
                if (method != null && mode.getValue() != null) {
                    modes.put(method, mode.getValue());
                }
            }
        }
        validation.throwIfInvalid();
        Instant now = clock.instant();
        ErpSettings settings = repository.settings().orElseGet(() -> {
            ErpSettings created = new ErpSettings(url, now, actor);
            repository.add(created);
            return created;
        });
        boolean on = change.enabled() == null ? settings.enabled() || settings.sealedKey() == null : change.enabled();
        settings.change(url, change.bankAccountId(), modes, on, now, actor);
        if (change.apiKey() != null) {
            String key = change.apiKey();
            settings.changeKey(
                    cipher.seal(key, ErpSettings.KEY_CONTEXT),
                    key.length() >= 12 ? key.substring(key.length() - 4) : "");
        }
        audit.write(
                actor,
                null,
                "billing.dolibarr.settings_changed",
                ErpSettings.ID,
                (change.apiKey() != null ? "key replaced; " : "") + (on ? "sync on" : "sync off"));
        kick.kick();
        return view(settings);
    }

    /** Forgets Dolibarr's settings (its key with them): nothing more is queued; tasks not sent stay. */
    public void disconnect(String actor) {
        repository.settings().ifPresent(s -> {
            repository.remove(s);
            audit.write(actor, null, "billing.dolibarr.disconnected", ErpSettings.ID, null);
        });
    }

    public Page<ErpViews.Task> notInSync(String tenantId, PageRequest page) {
        return repository.notDone(tenantId, page).map(this::view);
    }

    /** Sends a stopped or waiting task again now (and lifts a halt: the operator says the key is fixed). */
    public ErpViews.Task retry(String taskId, String actor) {
        ErpTask task = repository
                .task(taskId)
                .orElseThrow(() -> new DomainException(ErrorCode.ERP_TASK_NOT_FOUND, "No sync task with id " + taskId));
        task.retryNow(clock.instant());
        repository.settings().ifPresent(ErpSettings::resume);
        audit.write(
                actor,
                task.tenantId(),
                "billing.dolibarr.retried",
                task.id(),
                task.kind().wireName());
        kick.kick();
        return view(task);
    }

    private ErpViews.Task view(ErpTask task) {
        String tenantName = tenants.find(task.tenantId()).map(t -> t.name()).orElse(task.tenantId());
        String subject = switch (task.kind()) {
            case PARTY -> "Client " + tenantName;
            case INVOICE ->
                invoices.find(task.subjectId())
                        .map(i -> (i.kind() == InvoiceKind.CREDIT_NOTE ? "Credit note " : "Invoice ")
                                + i.number().orElse(i.id()))
                        .orElse("Invoice " + task.subjectId());
            case PAYMENT ->
                invoices.payment(task.subjectId())
                        .map(p -> "Payment of " + p.amount().amount().toPlainString() + " EUR on "
                                + invoices.find(p.invoiceId())
                                        .flatMap(i -> i.number())
                                        .orElse(p.invoiceId()))
                        .orElse("Payment " + task.subjectId());
        };
        return ErpViews.Task.of(task, tenantName, subject);
    }

    /** Every stopped or waiting task sent again now. */
    public int retryAll(String actor) {
        int retried = repository.retryAll(clock.instant());
        repository.settings().ifPresent(ErpSettings::resume);
        audit.write(actor, null, "billing.dolibarr.retried", "all", retried + " tasks");
        kick.kick();
        return retried;
    }

    /** The state in Dolibarr of each subject (tenants, invoices, payments), in the order given. */
    public List<ErpViews.Record> records(ErpTaskKind kind, Collection<String> subjectIds) {
        Map<String, ErpTask> latest = new LinkedHashMap<>();
        for (ErpTask t : repository.tasksOf(subjectIds)) {
            if (t.kind() == kind) {
                latest.put(t.subjectId(), t);
            }
        }
        Map<String, ErpLink> links = new LinkedHashMap<>();
        for (ErpLink l : repository.links(
                subjectIds.stream().map(id -> ErpLink.id(kind, id)).toList())) {
            links.put(l.subjectId(), l);
        }
        List<ErpViews.Record> records = new ArrayList<>();
        for (String id : subjectIds) {
            ErpTask task = latest.get(id);
            ErpLink link = links.get(id);
            String state = task == null
                    ? (link == null ? "not_synced" : "synced")
                    : task.status() == ErpTaskStatus.DONE
                            ? "synced"
                            : task.status() == ErpTaskStatus.FAILED ? "failed" : "pending";
            records.add(new ErpViews.Record(
                    kind.wireName(),
                    id,
                    state,
                    link == null ? null : link.remoteId(),
                    link == null ? null : link.remoteRef(),
                    task == null ? 0 : task.attempts(),
                    task == null || task.status() == ErpTaskStatus.DONE ? null : task.lastError(),
                    link == null ? null : link.syncedAt()));
        }
        return records;
    }

    /** Whether Dolibarr is set up: what pages ask before showing a record's state (no key opened, nothing counted). */
    public boolean configured() {
        return repository.settings().isPresent();
    }

    private ErpViews.Settings view(ErpSettings s) {
        Map<String, Integer> modes = new LinkedHashMap<>();
        s.modes().forEach((method, id) -> modes.put(wire(method), id));
        return new ErpViews.Settings(
                true,
                s.baseUrl(),
                s.keyLast4() == null ? null : "****" + s.keyLast4(),
                s.bankAccountId(),
                modes,
                s.enabled(),
                haltedReason(s),
                repository.countNotDone(),
                s.updatedAt(),
                s.updatedBy());
    }

    /** Why nothing is sent, as the worker sees it: no key, a key this server cannot open, or Dolibarr's refusal. */
    private String haltedReason(ErpSettings s) {
        if (s.sealedKey() == null) {
            return ErpSteps.NO_KEY;
        }
        try {
            cipher.open(s.sealedKey(), ErpSettings.KEY_CONTEXT);
        } catch (fr.guichet.dispatch.domain.KeyCipherException e) {
            return ErpSteps.UNREADABLE_KEY;
        }
        return s.haltedReason();
    }

    static String wire(PaymentMethod method) {
        return method.name().toLowerCase(Locale.ROOT);
    }

    private static PaymentMethod method(String wire) {
        for (PaymentMethod m : PaymentMethod.values()) {
            if (wire(m).equals(wire)) {
                return m;
            }
        }
        return null;
    }

    private static boolean validUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getQuery() == null
                    && uri.getFragment() == null
                    && uri.getUserInfo() == null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
