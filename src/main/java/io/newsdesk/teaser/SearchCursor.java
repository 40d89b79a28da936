package io.newsdesk.teaser;

import io.newsdesk.common.FieldError;
import io.newsdesk.common.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position in results ranked by relevance: the score, sort time and id of the last result
 * a page showed. Results are ordered by exactly that triple, so the next page starts strictly after
 * it and pages never repeat or skip a story, however many share a score. The cursor also carries a
 * fingerprint of the search it belongs to: a position in one result list means nothing in another.
 */
record SearchCursor(double score, Instant at, UUID id, String search) {
    private static final String VERSION = "s1";

    String encode() {
        // The score travels as its exact bits: a rounded score would no longer equal itself in SQL.
        String raw = String.join("|", VERSION, search, Long.toHexString(Double.doubleToLongBits(score)),
                Long.toString(at.getEpochSecond()), Integer.toString(at.getNano()), id.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Instant storable(Instant at) {
        if (!io.newsdesk.common.Time.storable(at)) {
            throw new IllegalArgumentException("time out of range");
        }
        return at;
    }

    /** Reads a cursor a client sent back; one the server did not make for this search is a 400 problem. */
    static SearchCursor decode(String value, String search) {
        if (value == null || value.isBlank()) {
            return null;
        }
        SearchCursor cursor;
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 6 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unknown cursor version");
            }
            cursor = new SearchCursor(Double.longBitsToDouble(Long.parseUnsignedLong(parts[2], 16)),
                    storable(Instant.ofEpochSecond(Long.parseLong(parts[3]), Long.parseLong(parts[4]))), UUID.fromString(parts[5]),
                    parts[1]);
        } catch (RuntimeException e) {
            throw ProblemException.invalid(FieldError.parameter("cursor",
                    "is not a cursor this API issued; use the `next` value of a previous page"));
        }
        if (!cursor.search().equals(search)) {
            throw ProblemException.invalid(FieldError.parameter("cursor",
                    "belongs to another search; start again without a cursor when q or a filter changes"));
        }
        return cursor;
    }
}
