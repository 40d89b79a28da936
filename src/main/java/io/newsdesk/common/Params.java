package io.newsdesk.common;

import java.util.Optional;
import java.util.UUID;

/** Reading the values of path segments, parameters and fields, the same way everywhere. */
public final class Params {
    private Params() {
    }

    /** The value as a UUID in its canonical 36-character form; empty for anything else. */
    public static Optional<UUID> uuid(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A path segment that names something by id: anything but a UUID names nothing, so 404. */
    public static UUID idOr404(String value, String notFound) {
        return uuid(value).orElseThrow(() -> ProblemException.notFound(notFound));
    }

    /** The value stripped, or null when it is absent or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
