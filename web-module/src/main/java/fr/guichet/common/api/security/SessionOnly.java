package fr.guichet.common.api.security;

/**
 * The OpenAPI extension that marks a portal operation a personal access token may not call (it makes tokens,
 * changes the password, deletes the account): {@code @Extension(name = SessionOnly.EXTENSION, value = "true")}. The
 * document then offers only the session for it; the resource refuses a token itself.
 */
public final class SessionOnly {

    public static final String EXTENSION = "x-guichet-session-only";

    private SessionOnly() {}
}
