package fr.guichet.tenancy.service;

import java.time.Instant;

/** A one-time link to choose a password, and when it stops working. Its token is in the address's fragment. */
public record SetPasswordLink(String url, Instant expiresAt) {}
