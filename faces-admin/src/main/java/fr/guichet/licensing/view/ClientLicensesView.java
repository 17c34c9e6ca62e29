package fr.guichet.licensing.view;

import fr.guichet.licensing.service.LicenseGrants;
import fr.guichet.licensing.service.TenantLicenseView;
import fr.guichet.tenancy.view.ClientView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Backs the licenses of {@code /tenants/client.xhtml?id=}: the licensed access in force and the keys activated. */
@Named
@ViewScoped
public class ClientLicensesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LicenseGrants grants;

    @Inject
    ClientView client;

    private transient TenantLicenseView licenses;

    public TenantLicenseView getLicenses() {
        if (licenses == null && client.getTenantId() != null) {
            licenses = grants.ofTenant(client.getTenantId());
        }
        return licenses;
    }
}
