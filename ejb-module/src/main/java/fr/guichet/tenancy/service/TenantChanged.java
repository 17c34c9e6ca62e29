package fr.guichet.tenancy.service;

/** A tenant's status, plan or zone changed (fired in the changing transaction; observers act after it). */
public record TenantChanged(String tenantId) {}
