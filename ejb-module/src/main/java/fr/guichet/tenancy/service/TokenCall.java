package fr.guichet.tenancy.service;

import fr.guichet.tenancy.domain.TokenScope;

/** A portal call made with a personal access token: whose, which token, and whether its scope allows the call. */
public record TokenCall(UserView user, String tokenId, String tokenName, TokenScope scope, boolean allowed) {}
