package fr.guichet.common.domain;

/** One broken rule on one input field, e.g. {@code slug}: "must be 3 to 40 characters". */
public record Violation(String field, String message) {}
