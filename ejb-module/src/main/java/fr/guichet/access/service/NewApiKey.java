package fr.guichet.access.service;

/** A key just created and its secret, which is shown this once and never again. */
public record NewApiKey(ApiKeyView key, String secret) {

    @Override
    public String toString() {
        return "NewApiKey[key=" + key + ", secret=(hidden)]";
    }
}
