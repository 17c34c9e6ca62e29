package fr.guichet.limits.service;

import java.time.Instant;

/** An address blocked after failed authentications; {@code level} counts the blocks of the last day. */
public record AddressBlockView(String address, int level, Instant blockedAt, Instant blockedUntil, String reason) {}
