package fr.guichet.tenancy.domain;

/** Why a one-time password link was sent: to a new user (welcome), or to a user who forgot theirs (reset). */
public enum PasswordLinkPurpose {
    WELCOME,
    RESET
}
