package io.newsdesk.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * An opaque keyset position: the sort time and id of the last item a page showed. The next page
 * starts strictly after it, so its cost does not grow with depth and inserts ahead of it never
 * shift it.
 */
public record Cursor(Instant at, UUID id) {
    private static final String VERSION = "1";

    public String encode() {
        String raw = VERSION + "|" + at.getEpochSecond() + "|" + at.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The end of a JPQL query listing rows newest first by {@code (at, id)}: the keyset condition "strictly
     * after this cursor" (nothing when {@code after} is null) and the order clause. Binds its parameters into
     * {@code params}. The condition is a row comparison, which PostgreSQL turns into one seek on an index of
     * {@code (at desc, id desc)}; the spelled-out {@code at < x or (at = x and id < y)} made it filter every
     * row newer than the cursor, so deep pages cost what the rows above them cost.
     */
    public static String newestFirst(Cursor after, String atPath, String idPath, Map<String, Object> params) {
        return keyset(after, atPath, idPath, params, "<", " desc");
    }

    /** As {@link #newestFirst}, oldest first. */
    public static String oldestFirst(Cursor after, String atPath, String idPath, Map<String, Object> params) {
        return keyset(after, atPath, idPath, params, ">", "");
    }

    private static String keyset(Cursor after, String atPath, String idPath, Map<String, Object> params,
            String comparison, String direction) {
        String order = " order by " + atPath + direction + ", " + idPath + direction;
        if (after == null) {
            return order;
        }
        params.put("afterAt", after.at());
        params.put("afterId", after.id());
        return " and (" + atPath + ", " + idPath + ") " + comparison + " (:afterAt, :afterId)" + order;
    }

    /** Reads a cursor a client sent back; a cursor the server did not make is a 400 problem. */
    public static Cursor decode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|");
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unknown cursor version");
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            if (!Time.storable(at)) {
                throw new IllegalArgumentException("time out of range");
            }
            return new Cursor(at, UUID.fromString(parts[3]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid(FieldError.parameter("cursor",
                    "is not a cursor this API issued; use the `next` value of a previous page"));
        }
    }
}
