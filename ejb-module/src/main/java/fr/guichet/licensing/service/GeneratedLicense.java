package fr.guichet.licensing.service;

/** A key just generated: the only time its secret is shown, with its activation link. */
public record GeneratedLicense(LicenseView license, String key, String activationLink) {}
