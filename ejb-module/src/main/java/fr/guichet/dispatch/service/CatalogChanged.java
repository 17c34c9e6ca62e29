package fr.guichet.dispatch.service;

/** A provider, provider key, model or price changed: what the chat path remembers must be read again. */
public record CatalogChanged() {}
