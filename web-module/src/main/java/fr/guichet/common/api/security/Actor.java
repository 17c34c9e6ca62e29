package fr.guichet.common.api.security;

/**
 * Port: who acts in this request, as the audit log writes it ({@code operator:<e-mail>}). Owned here so that
 * features below tenancy (notify) can name the caller; implemented by tenancy's {@code CurrentCaller}.
 */
public interface Actor {

    String actorName();
}
