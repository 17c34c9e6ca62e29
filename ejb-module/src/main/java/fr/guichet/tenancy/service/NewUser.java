package fr.guichet.tenancy.service;

/** A user just invited, and the one-time link mailed to them to choose a password. */
public record NewUser(UserView user, SetPasswordLink setPasswordLink) {}
