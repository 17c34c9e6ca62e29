package fr.guichet.tenancy.domain;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A person who signs in. Operators belong to no tenant; everyone else belongs to exactly one. The e-mail is
 * unique within its scope (the tenant, or the operators). Only a slow hash of the password is kept.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    /** The scope of operators, who have no tenant. */
    public static final String OPERATOR_SCOPE = "operator";

    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "tenant_id", updatable = false)
    private Tenant tenant;

    @Column(name = "scope", nullable = false, updatable = false)
    private String scope;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    /** When the user last chose their password themselves; null while they only have the one nobody knows. */
    @Column(name = "password_chosen_at")
    private Instant passwordChosenAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** The address of the last sign-in: never slowed down by strangers' failures on this account. */
    @Column(name = "last_login_address", length = 45)
    private String lastLoginAddress;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected UserAccount() {}

    private UserAccount(Tenant tenant, String email, String displayName, Role role, String passwordHash, Instant now) {
        new Validation()
                .email(email, "email")
                .optionalText(displayName, "displayName", 120)
                .throwIfInvalid();
        this.id = UUID.randomUUID().toString();
        this.tenant = tenant;
        this.scope = tenant == null ? OPERATOR_SCOPE : tenant.id();
        this.email = Validation.normalizeEmail(email);
        this.displayName = displayName == null || displayName.isBlank() ? this.email : displayName.strip();
        this.role = role;
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static UserAccount operator(String email, String displayName, String passwordHash, Instant now) {
        return new UserAccount(null, email, displayName, Role.OPERATOR, passwordHash, now);
    }

    public static UserAccount tenantUser(
            Tenant tenant, String email, String displayName, Role role, String passwordHash, Instant now) {
        if (tenant == null || !role.isTenantRole()) {
            throw DomainException.invalid("role", "must be one of TENANT_ADMIN, MEMBER");
        }
        return new UserAccount(tenant, email, displayName, role, passwordHash, now);
    }

    public void changeRole(Role newRole, Instant now) {
        if (!newRole.isTenantRole() || !role.isTenantRole()) {
            throw DomainException.invalid("role", "must be one of TENANT_ADMIN, MEMBER");
        }
        this.role = newRole;
        this.updatedAt = now;
    }

    public void rename(String newName, Instant now) {
        new Validation().text(newName, "displayName", 1, 120).throwIfInvalid();
        this.displayName = newName.strip();
        this.updatedAt = now;
    }

    public void enable(boolean on, Instant now) {
        this.enabled = on;
        this.updatedAt = now;
    }

    /**
     * Erases what names the person: e-mail, name and last address give way to marks, the password to one nobody
     * knows, and the account is disabled. Its id stays, so that usage and audit keep their shape.
     */
    public void erase(String unusablePasswordHash, Instant now) {
        this.email = "erased-" + id.replace("-", "") + "@erased.invalid";
        this.displayName = "[erased]";
        this.passwordHash = unusablePasswordHash;
        this.enabled = false;
        this.lastLoginAddress = null;
        this.updatedAt = now;
    }

    /** The user chose this password (a link, or a change): from now on only they can set it. */
    public void choosePassword(String newHash, Instant now) {
        changePasswordHash(newHash, now);
        this.passwordChosenAt = now;
    }

    public Instant passwordChosenAt() {
        return passwordChosenAt;
    }

    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    public String lastLoginAddress() {
        return lastLoginAddress;
    }

    public boolean isTenantAdmin() {
        return role == Role.TENANT_ADMIN;
    }

    public String id() {
        return id;
    }

    public Optional<Tenant> tenant() {
        return Optional.ofNullable(tenant);
    }

    public String tenantId() {
        return OPERATOR_SCOPE.equals(scope) ? null : scope;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }
}
