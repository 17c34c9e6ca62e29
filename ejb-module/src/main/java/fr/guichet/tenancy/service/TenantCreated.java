package fr.guichet.tenancy.service;

/** A new tenant, its first admin, and that admin's generated password: shown once, never stored in clear. */
public record TenantCreated(TenantView tenant, UserView admin, String initialPassword) {}
