package fr.guichet.dispatch.provider;

/** Consumes the lines of a streamed answer and reports what they mean to a {@link StreamState}. */
interface StreamDecoder {

    /** One line of the body, without its terminator. */
    void line(String line);

    /** The body ended; flush anything pending. */
    default void end() {}
}
