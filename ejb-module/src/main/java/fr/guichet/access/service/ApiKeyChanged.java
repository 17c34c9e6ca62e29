package fr.guichet.access.service;

/** A key was revoked or rotated: what this server remembers of it must be forgotten once the change commits. */
public record ApiKeyChanged(String hash) {}
