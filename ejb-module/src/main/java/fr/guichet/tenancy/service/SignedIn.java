package fr.guichet.tenancy.service;

/** Who has just signed in, and the tenant they signed in to (null values for operators). */
public record SignedIn(UserView user, String tenantSlug, String tenantName) {}
