package fr.guichet.tenancy.service;

/**
 * What it takes to open a tenant. {@code timeZone} defaults to the operator's zone; the first tenant admin
 * is {@code adminEmail} (default: the contact e-mail) named {@code adminName}.
 */
public record NewTenant(
        String name, String slug, String contactEmail, String timeZone, String adminEmail, String adminName) {}
