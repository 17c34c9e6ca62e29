package fr.guichet.privacy.service;

/** An export was asked for (fired in the asking transaction; the build starts once it is committed). */
public record ExportRequested(String exportId) {}
