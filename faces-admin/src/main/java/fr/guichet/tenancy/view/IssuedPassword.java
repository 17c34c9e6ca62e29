package fr.guichet.tenancy.view;

import fr.guichet.tenancy.service.TenantCreated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The one-time link mailed to a new tenant's first admin to choose a password, held for the one response that
 * shows it: request scoped, so it is never kept in the session or the view state, and a later response cannot
 * show it again.
 */
@Named
@RequestScoped
public class IssuedPassword {

    private String tenantName;
    private String adminEmail;
    private String link;
    private java.time.Instant expiresAt;

    public void hold(TenantCreated created) {
        tenantName = created.tenant().name();
        adminEmail = created.admin().email();
        link = created.setPasswordLink().url();
        expiresAt = created.setPasswordLink().expiresAt();
    }

    public boolean isPresent() {
        return link != null;
    }

    public String getTenantName() {
        return tenantName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public String getLink() {
        return link;
    }

    public java.time.Instant getExpiresAt() {
        return expiresAt;
    }
}
