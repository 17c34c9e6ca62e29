package fr.guichet.access.service;

/** A plan's terms or chain changed: every tenant on it sees the new limits. */
public record PlanChanged(String planId) {}
