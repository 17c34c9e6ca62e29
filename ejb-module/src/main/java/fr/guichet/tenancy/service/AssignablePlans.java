package fr.guichet.tenancy.service;

/**
 * Tenancy's question to the plan catalogue, which lives above it (in {@code access}, which implements this): may
 * this plan be given to a tenant?
 */
public interface AssignablePlans {

    /** Refuses (400 on {@code field}) a plan id that names no enabled plan. */
    void check(String planId, String field);
}
