package fr.guichet.tenancy.view;

import fr.guichet.tenancy.service.TenantCreated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The generated password of a new tenant's first admin, held for the one response that shows it: request
 * scoped, so it is never kept in the session or the view state, and a later response cannot show it again.
 */
@Named
@RequestScoped
public class IssuedPassword {

    private String tenantName;
    private String adminEmail;
    private String password;

    public void hold(TenantCreated created) {
        tenantName = created.tenant().name();
        adminEmail = created.admin().email();
        password = created.initialPassword();
    }

    public boolean isPresent() {
        return password != null;
    }

    public String getTenantName() {
        return tenantName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public String getPassword() {
        return password;
    }
}
