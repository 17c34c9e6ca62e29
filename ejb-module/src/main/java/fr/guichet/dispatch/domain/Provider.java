package fr.guichet.dispatch.domain;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.ModelName;
import fr.guichet.common.domain.Validation;
import fr.guichet.dispatch.provider.ProviderKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An LLM provider the operator plugged in: the protocol it speaks (fixed once registered), where it is
 * reached, and the models it offers by default. A disabled provider stays in the catalogue but serves no call.
 */
@Entity
@Table(name = "provider")
public class Provider {

    static final int MAX_DEFAULT_MODELS = 16;
    static final int MAX_URL = 500;

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ProviderKind kind;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "base_url", nullable = false)
    private String baseUrl;

    /** Model names joined by commas (a model name never contains one); empty when none. */
    @Column(name = "default_models", nullable = false)
    private String defaultModels;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Provider() {}

    public Provider(
            ProviderKind kind, String name, String baseUrl, List<String> defaultModels, boolean enabled, Instant now) {
        String urlProblem = baseUrlProblem(baseUrl);
        new Validation()
                .require(kind != null, "kind", "must be one of " + ProviderKinds.names())
                .text(name, "name", 1, 60)
                .require(urlProblem == null, "baseUrl", urlProblem)
                .throwIfInvalid();
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.name = name.strip();
        this.baseUrl = validBaseUrl(baseUrl, "baseUrl");
        this.defaultModels = joinModels(defaultModels);
        this.enabled = enabled;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String newName, Instant now) {
        new Validation().text(newName, "name", 1, 60).throwIfInvalid();
        this.name = newName.strip();
        this.updatedAt = now;
    }

    public void moveTo(String newBaseUrl, Instant now) {
        this.baseUrl = validBaseUrl(newBaseUrl, "baseUrl");
        this.updatedAt = now;
    }

    public void offerByDefault(List<String> models, Instant now) {
        this.defaultModels = joinModels(models);
        this.updatedAt = now;
    }

    public void enable(boolean on, Instant now) {
        this.enabled = on;
        this.updatedAt = now;
    }

    /**
     * An absolute http(s) URL with a host, without credentials, query or fragment, and without a trailing
     * slash; anything else is a validation error on {@code field}.
     */
    public static String validBaseUrl(String value, String field) {
        String problem = baseUrlProblem(value);
        if (problem != null) {
            throw DomainException.invalid(field, problem);
        }
        String url = value.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }

    /** What is wrong with a base URL, or null when it is fine. */
    static String baseUrlProblem(String value) {
        String url = value == null ? "" : value.strip();
        if (url.isEmpty()) {
            return "must not be blank";
        }
        if (url.length() > MAX_URL) {
            return "must be at most " + MAX_URL + " characters";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean fine = (scheme.equals("http") || scheme.equals("https"))
                    && !uri.isOpaque()
                    && uri.getHost() != null
                    && uri.getRawUserInfo() == null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
            return fine ? null : "must be an absolute http or https URL without credentials, query or fragment";
        } catch (URISyntaxException e) {
            return "must be an absolute http or https URL without credentials, query or fragment";
        }
    }

    private static String joinModels(List<String> models) {
        if (models == null || models.isEmpty()) {
            return "";
        }
        if (models.size() > MAX_DEFAULT_MODELS) {
            throw DomainException.invalid("defaultModels", "must list at most " + MAX_DEFAULT_MODELS + " models");
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (int i = 0; i < models.size(); i++) {
            names.add(ModelName.validate(models.get(i), "defaultModels[" + i + "]"));
        }
        return String.join(",", names);
    }

    public String id() {
        return id;
    }

    public ProviderKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public List<String> defaultModels() {
        return defaultModels == null || defaultModels.isEmpty() ? List.of() : Arrays.asList(defaultModels.split(","));
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
