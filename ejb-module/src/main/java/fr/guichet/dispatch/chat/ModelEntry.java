package fr.guichet.dispatch.chat;

import java.time.Instant;

/** A model a key may call, as {@code GET /v1/models} lists it: its id, the provider that serves it first. */
public record ModelEntry(String id, String ownedBy, Instant created) {}
