package fr.guichet.dispatch.domain;

import fr.guichet.common.domain.ModelName;
import fr.guichet.common.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A model one provider serves, e.g. {@code gpt-4o-mini} on OpenAI. The same model name may be served by
 * several providers (one row each). Its prices are {@link ModelPrice} rows, kept as history.
 */
@Entity
@Table(name = "model")
public class Model {

    @Id
    private String id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private String providerId;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Model() {}

    /** A model of {@code providerId}; the display name defaults to the model name. */
    public Model(String providerId, String name, String displayName, boolean enabled, Instant now) {
        this.name = ModelName.validate(name, "model");
        new Validation().optionalText(displayName, "displayName", 120).throwIfInvalid();
        this.id = UUID.randomUUID().toString();
        this.providerId = providerId;
        this.displayName = Validation.clean(displayName) == null ? this.name : displayName.strip();
        this.enabled = enabled;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String newDisplayName, Instant now) {
        new Validation().text(newDisplayName, "displayName", 1, 120).throwIfInvalid();
        this.displayName = newDisplayName.strip();
        this.updatedAt = now;
    }

    public void enable(boolean on, Instant now) {
        this.enabled = on;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String providerId() {
        return providerId;
    }

    public String name() {
        return name;
    }

    public String displayName() {
        return displayName;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
