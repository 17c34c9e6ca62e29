package fr.guichet.licensing.service;

import fr.guichet.access.service.ApiKeyHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The keyed hash stored for a license key: HMAC-SHA256 under the server secret that API keys use, over the key's
 * canonical form in a domain of its own ({@code license:}), so that a copy of the database alone cannot be used to
 * test guesses, and a license key and an API key never share a hash.
 */
@ApplicationScoped
public class LicenseKeyHasher {

    @Inject
    ApiKeyHasher hasher;

    public String hash(String canonicalKey) {
        return hasher.hash("license:" + canonicalKey);
    }
}
