package io.newsdesk.common;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list. {@code next} is null on the last page. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, nullable = true, description = "Opaque cursor of the next page; null on the last page.") String next) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /**
     * Builds a page from a query that fetched one row more than {@code limit}: that extra row only
     * says whether another page exists.
     */
    public static <E, T> Page<T> of(List<E> rows, int limit, Function<E, Cursor> cursorOf, Function<E, T> view) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(view).toList(), next);
    }

    /** Checks a client's {@code limit}, which defaults to 20 and may not exceed 100. */
    public static int limit(String value) {
        return limit(value, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** Checks a client's {@code limit} for a list with its own default and maximum. */
    public static int limit(String value, int defaultLimit, int maxLimit) {
        Integer requested = Params.integer("limit", value, 1, maxLimit);
        return requested == null ? defaultLimit : requested;
    }
}
