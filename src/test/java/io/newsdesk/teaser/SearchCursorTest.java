package io.newsdesk.teaser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsdesk.common.ProblemException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

    @Test
    void shouldRoundTripTheExactScore() {
        SearchCursor cursor = new SearchCursor(0.1f, Instant.parse("2026-05-01T09:30:00.123456Z"), UUID.randomUUID(), "abc");
        SearchCursor read = SearchCursor.decode(cursor.encode(), "abc");
        assertEquals(cursor, read);
        assertEquals(Double.doubleToLongBits(0.1f), Double.doubleToLongBits(read.score()));
    }

    @Test
    void shouldRefuseCursorsOfOtherSearchesAndForgeries() {
        String encoded = new SearchCursor(2, Instant.now(), UUID.randomUUID(), "abc").encode();
        ProblemException other = assertThrows(ProblemException.class, () -> SearchCursor.decode(encoded, "def"));
        assertEquals("cursor", other.errors().get(0).parameter());
        assertThrows(ProblemException.class, () -> SearchCursor.decode("bm90IGEgY3Vyc29y", "abc"));
        assertThrows(ProblemException.class, () -> SearchCursor.decode("%%%", "abc"));
        assertEquals(null, SearchCursor.decode(" ", "abc"));
    }
}
