package io.newsdesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void shouldRoundTripTimeWithMicrosecondsAndId() {
        Cursor cursor = new Cursor(Instant.parse("2026-03-01T10:15:30.123456Z"), UUID.randomUUID());
        assertEquals(cursor, Cursor.decode(cursor.encode()));
    }

    @Test
    void shouldTreatMissingCursorAsFirstPage() {
        assertNull(Cursor.decode(null));
        assertNull(Cursor.decode(" "));
    }

    @Test
    void shouldRefuseCursorsItDidNotIssue() {
        ProblemException e = assertThrows(ProblemException.class, () -> Cursor.decode("abc"));
        assertEquals(400, e.status());
        assertEquals("cursor", e.errors().get(0).parameter());
        String forged = Base64.getUrlEncoder().encodeToString("9|1|2|x".getBytes());
        assertThrows(ProblemException.class, () -> Cursor.decode(forged));
    }

    @Test
    void shouldCheckPageLimits() {
        assertEquals(20, Page.limit(null));
        assertEquals(100, Page.limit("100"));
        assertThrows(ProblemException.class, () -> Page.limit("0"));
        assertThrows(ProblemException.class, () -> Page.limit("101"));
        assertThrows(ProblemException.class, () -> Page.limit("ten"));
    }
}
