package fr.guichet.metering.domain;

/** How a metered call ended. */
public enum Outcome {
    /** The provider answered in full. */
    SUCCESS,
    /** Every provider of the chain failed before answering. */
    PROVIDER_ERROR,
    /** A stream broke after some of the answer was delivered: metered for what was delivered. */
    INTERRUPTED,
    /** Guichet refused the call before any provider was called (limits, bad input after admission…). */
    REJECTED
}
