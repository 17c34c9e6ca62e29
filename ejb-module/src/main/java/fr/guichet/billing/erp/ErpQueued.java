package fr.guichet.billing.erp;

/** A sync task was written (fired in the writing transaction; the worker is woken once it commits). */
public record ErpQueued(String tenantId) {}
