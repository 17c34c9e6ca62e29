package fr.guichet.tenancy.service;

/** A tenant was opened, or its status, plan, zone, name or billing identity changed (fired in the changing transaction). */
public record TenantChanged(String tenantId) {}
