package fr.guichet.dispatch.service;

/**
 * The outcome of re-sealing provider keys under the current master key: how many were re-sealed, and how many
 * could not be opened with any configured master key (left as they were, and logged without key material).
 */
public record ResealReport(String masterKeyId, int resealed, int unreadable) {}
