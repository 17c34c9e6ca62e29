package fr.guichet.tenancy.service;

/** Changes to a tenant user: every null field is left as it is. {@code role} is TENANT_ADMIN or MEMBER. */
public record UserChanges(String displayName, String role, Boolean enabled) {}
