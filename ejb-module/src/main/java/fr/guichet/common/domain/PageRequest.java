package fr.guichet.common.domain;

/** A page of a list: zero-based {@code page}, {@code size} between 1 and {@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final long MAX_OFFSET = 10_000_000;

    public PageRequest {
        new Validation()
                .require(page >= 0, "page", "must be 0 or more")
                .require(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE)
                .require((long) page * Math.max(size, 1) <= MAX_OFFSET, "page", "is too large")
                .throwIfInvalid();
    }

    public int offset() {
        return page * size;
    }
}
