package fr.guichet.dispatch.service;

/** Changes to a catalogue model: every null field is left as it is. Prices change through a new price. */
public record ModelChanges(String displayName, Boolean enabled) {}
