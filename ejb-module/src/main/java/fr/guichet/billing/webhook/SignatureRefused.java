package fr.guichet.billing.webhook;

/** A webhook's signature is missing, forged or stale, or its body cannot be read: nothing is acted on. */
public class SignatureRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public SignatureRefused(String why) {
        super(why);
    }
}
