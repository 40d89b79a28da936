package io.newsdesk.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Query parameters several resources share, checked the same way everywhere. */
public final class QueryParams {
    private QueryParams() {
    }

    /** A BCP 47 language tag in canonical form; null when absent. */
    public static String language(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        if (!lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
            throw ProblemException.invalid(FieldError.parameter("lang", "must be a BCP 47 language tag such as en"));
        }
        return Locale.forLanguageTag(lang).toLanguageTag();
    }

    /** An RFC 3339 time at the database's precision; null when absent. */
    public static Instant time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Clock.micros(OffsetDateTime.parse(value.trim()).toInstant());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(FieldError.parameter(name, "must be an RFC 3339 time such as 2026-05-01T09:30:00Z"));
        }
    }

    /** A slug-like value, trimmed and lower-cased; null when absent. */
    public static String lower(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
