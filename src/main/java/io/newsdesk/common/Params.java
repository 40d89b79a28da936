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

    /**
     * A path segment that names something by slug or key, as sent: empty when it is blank or carries
     * white space or control characters at either end, which no name has ("/sections/%20" names nothing).
     */
    public static Optional<String> name(String value) {
        if (value == null || value.isEmpty() || isSpaceOrControl(value.charAt(0))
                || isSpaceOrControl(value.charAt(value.length() - 1))) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * A whole number parameter in {@code [min, max]}, written in ASCII digits only: no sign, space, NUL,
     * fraction or other script's digits ("2%00" is not 2). Null when absent or empty.
     */
    public static Integer integer(String name, String value, int min, int max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        boolean digits = value.length() <= 10 && value.chars().allMatch(c -> c >= '0' && c <= '9');
        long number = digits ? Long.parseLong(value) : -1;
        if (!digits || number < min || number > max) {
            throw ProblemException.invalid(FieldError.parameter(name, "must be a whole number from " + min + " to " + max));
        }
        return (int) number;
    }

    private static boolean isSpaceOrControl(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    /** The value stripped, or null when it is absent or blank. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
