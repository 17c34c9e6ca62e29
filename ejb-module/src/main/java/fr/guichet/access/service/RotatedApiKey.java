package fr.guichet.access.service;

/** The outcome of a rotation: the replaced key (rotating until its grace ends) and its successor. */
public record RotatedApiKey(ApiKeyView previous, NewApiKey replacement) {}
