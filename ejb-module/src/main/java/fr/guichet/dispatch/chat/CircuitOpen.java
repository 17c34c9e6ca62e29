package fr.guichet.dispatch.chat;

/** A provider's circuit is open: it is not called until its delay has passed. */
public class CircuitOpen extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CircuitOpen(String providerName) {
        super("the circuit of " + providerName + " is open", null, false, false);
    }
}
