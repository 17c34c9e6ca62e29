package fr.guichet.licensing.service;

import java.util.List;

/** A tenant's licensed access in force (null: none) and the keys it activated, oldest first. */
public record TenantLicenseView(GrantView access, List<ActivationView> activations) {

    public TenantLicenseView {
        activations = List.copyOf(activations);
    }
}
