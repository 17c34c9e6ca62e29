package fr.guichet.privacy.service;

import java.util.List;

/** A tenant's privacy settings: its retention in days and the retentions it may choose. */
public record PrivacySettingsView(int retentionDays, List<Integer> allowedRetentionDays) {}
