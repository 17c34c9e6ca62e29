package fr.guichet.billing.erp;

import fr.guichet.dispatch.domain.KeyCipher;
import fr.guichet.dispatch.domain.KeyCipherException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The worker's steps on the queues, each in a transaction of its own: the settings to work with, the tenants with
 * something due, a tenant's queue claimed (one server wins) and released, its head task, and each task's outcome.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ErpSteps {

    /** How long a server holds a tenant's queue; past it, another may take it (the first one died). */
    static final Duration CLAIM = Duration.ofMinutes(15);

    static final String NO_KEY = "No Dolibarr API key is set";
    static final String UNREADABLE_KEY =
            "The Dolibarr API key cannot be opened with this server's master keys: set it again";

    @Inject
    ErpRepository repository;

    @Inject
    KeyCipher cipher;

    @Inject
    @ConfigProperty(name = "guichet.erp.retry-base", defaultValue = "PT30S")
    Duration retryBase;

    @Inject
    Clock clock;

    /** The settings with the key opened; empty when Dolibarr is not configured or its key cannot be opened. */
    public Optional<ErpConnection> connection() {
        return repository.settings().map(s -> {
            String key;
            try {
                key = s.sealedKey() == null ? null : cipher.open(s.sealedKey(), ErpSettings.KEY_CONTEXT);
            } catch (KeyCipherException e) {
                return new ErpConnection(
                        s.baseUrl(), null, s.bankAccountId(), s.modes(), s.enabled(), UNREADABLE_KEY, s.version());
            }
            String halted = key == null ? NO_KEY : s.haltedReason();
            return new ErpConnection(s.baseUrl(), key, s.bankAccountId(), s.modes(), s.enabled(), halted, s.version());
        });
    }

    public List<String> dueTenants(int limit) {
        return repository.dueTenants(clock.instant(), limit);
    }

    /** Takes the tenant's queue for {@code holder}, or renews its hold (before each task): false when another has it. */
    public boolean claim(String tenantId, String holder) {
        Instant now = clock.instant();
        return repository.claim(tenantId, holder, now, now.plus(CLAIM));
    }

    public void release(String tenantId, String holder) {
        repository.release(tenantId, holder);
    }

    /** The tenant's task to send now: its first one not done, if it is pending and due. */
    public Optional<ErpTask> next(String tenantId) {
        Instant now = clock.instant();
        return repository
                .head(tenantId)
                .filter(t -> t.status() == ErpTaskStatus.PENDING
                        && !t.nextAttemptAt().isAfter(now));
    }

    public void done(String taskId) {
        repository.task(taskId).ifPresent(t -> t.done(clock.instant()));
    }

    public void retryLater(String taskId, String error) {
        repository.task(taskId).ifPresent(t -> t.retryLater(error, retryBase, clock.instant()));
    }

    public void stopped(String taskId, String error) {
        repository.task(taskId).ifPresent(t -> t.stop(error, clock.instant()));
    }

    /**
     * Dolibarr refused the key: the sync halts (unless the settings changed since the round began: a new key gets its
     * chance), and the task says why it waits (its attempts unchanged).
     */
    public void halt(String taskId, String reason, int settingsVersion) {
        repository.settings().filter(s -> s.version() == settingsVersion).ifPresent(s -> s.halt(reason));
        repository.task(taskId).ifPresent(t -> t.hold(reason));
    }
}
