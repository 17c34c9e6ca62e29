package fr.guichet.tenancy.service;

/** A token just created: its secret, shown this once, and how it will be listed. */
public record NewPortalToken(PortalTokenView token, String secret) {

    @Override
    public String toString() {
        return "NewPortalToken[" + token.masked() + "]";
    }
}
