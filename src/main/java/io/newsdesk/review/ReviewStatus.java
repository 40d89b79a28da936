package io.newsdesk.review;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** Where a review is in moderation. Only approved reviews are ever shown to readers. */
public enum ReviewStatus {
    PENDING, APPROVED, REJECTED, SPAM;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The wire name, so problems that list the allowed values list what clients send. */
    @Override
    public String toString() {
        return wireName();
    }

    static Optional<ReviewStatus> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ReviewStatus status : values()) {
            if (status.wireName().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
