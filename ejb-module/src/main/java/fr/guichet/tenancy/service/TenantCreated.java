package fr.guichet.tenancy.service;

/** A new tenant, its first admin, and the one-time link mailed to that admin to choose a password. */
public record TenantCreated(TenantView tenant, UserView admin, SetPasswordLink setPasswordLink) {}
