package fr.guichet.tenancy.service;

/** A user just invited, and the generated password to hand over once. */
public record NewUser(UserView user, String initialPassword) {}
