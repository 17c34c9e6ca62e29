package fr.guichet.dispatch.service;

/** A model to add to the catalogue with its first price; {@code enabled} defaults to true. */
public record NewModel(String providerId, String model, String displayName, Boolean enabled, NewPrice price) {}
