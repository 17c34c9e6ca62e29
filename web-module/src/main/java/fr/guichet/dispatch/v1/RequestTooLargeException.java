package fr.guichet.dispatch.v1;

/**
 * A {@code /v1} request body grew past the limit while it was read (a chunked body, whose length is not
 * announced); answered 413 by {@link OpenAiErrorMapper}, like an announced length by {@link RequestSizeLimit}.
 */
class RequestTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    RequestTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
