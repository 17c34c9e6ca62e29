package fr.guichet.limits.service;

/** An operator lifted the block of an address (as listed: {@code license:} scoped ones included). */
public record AddressUnblocked(String address) {}
