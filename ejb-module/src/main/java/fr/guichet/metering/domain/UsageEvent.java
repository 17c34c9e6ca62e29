package fr.guichet.metering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One call through Guichet, recorded exactly once (its request id is unique): who called, which provider and
 * model answered, the tokens used (marked when estimated), what it cost in EUR, how long it took, how it
 * ended and, when Guichet refused it, why. Immutable once written.
 */
@Entity
@Table(name = "usage_event")
public class UsageEvent {

    /** Scale of stored costs: EUR with 6 decimals, as token prices are. */
    public static final int COST_SCALE = 6;

    /** Longest refusal reason the column holds. */
    public static final int REASON_LENGTH = 40;

    @Id
    private String id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private String requestId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "api_key_id", updatable = false)
    private String apiKeyId;

    @Column(name = "user_id", updatable = false)
    private String userId;

    @Column(name = "provider_id", updatable = false)
    private String providerId;

    @Column(name = "model", nullable = false, updatable = false)
    private String model;

    @Column(name = "input_tokens", nullable = false, updatable = false)
    private long inputTokens;

    @Column(name = "output_tokens", nullable = false, updatable = false)
    private long outputTokens;

    @Column(name = "estimated", nullable = false, updatable = false)
    private boolean estimated;

    @Column(name = "cost_eur", nullable = false, updatable = false, precision = 19, scale = COST_SCALE)
    private BigDecimal costEur;

    @Column(name = "latency_ms", nullable = false, updatable = false)
    private long latencyMs;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, updatable = false)
    private Outcome outcome;

    @Column(name = "reason", updatable = false, length = REASON_LENGTH)
    private String reason;

    @Column(name = "fallback_used", nullable = false, updatable = false)
    private boolean fallbackUsed;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected UsageEvent() {}

    public UsageEvent(UsageRecord record) {
        check(record);
        this.id = UUID.randomUUID().toString();
        this.requestId = record.requestId();
        this.tenantId = record.tenantId();
        this.apiKeyId = record.apiKeyId();
        this.userId = record.userId();
        this.providerId = record.providerId();
        this.model = record.model();
        this.inputTokens = record.inputTokens();
        this.outputTokens = record.outputTokens();
        this.estimated = record.estimated();
        this.costEur = record.costEur().setScale(COST_SCALE, RoundingMode.HALF_UP);
        this.latencyMs = record.latencyMs();
        this.outcome = record.outcome();
        this.reason = record.reason();
        this.fallbackUsed = record.fallbackUsed();
        this.occurredAt = record.occurredAt();
    }

    public String requestId() {
        return requestId;
    }

    public String tenantId() {
        return tenantId;
    }

    public long inputTokens() {
        return inputTokens;
    }

    public long outputTokens() {
        return outputTokens;
    }

    public BigDecimal costEur() {
        return costEur;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** The rules every usage event obeys, however it is written (JPA, or one statement on PostgreSQL). */
    public static void check(UsageRecord record) {
        Objects.requireNonNull(record.requestId(), "requestId");
        Objects.requireNonNull(record.tenantId(), "tenantId");
        if (record.inputTokens() < 0
                || record.outputTokens() < 0
                || record.latencyMs() < 0
                || record.costEur().signum() < 0) {
            throw new IllegalArgumentException("usage counts and cost cannot be negative");
        }
        if (record.reason() != null && record.outcome() != Outcome.REJECTED) {
            throw new IllegalArgumentException("only a refused call has a refusal reason");
        }
        if (record.reason() != null && record.reason().length() > REASON_LENGTH) {
            throw new IllegalArgumentException("a refusal reason has at most " + REASON_LENGTH + " characters");
        }
    }

    public Outcome outcome() {
        return outcome;
    }

    /** Why Guichet refused the call (the wire name of its error code); empty when it did not. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
