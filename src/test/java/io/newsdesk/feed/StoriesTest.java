package io.newsdesk.feed;

import io.newsdesk.feed.Stories;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class StoriesTest {

    @Test
    void shouldRemoveOnlyWhatXmlCannotCarry() {
        assertEquals("ab\tc\nd", Stories.xmlSafe("a\u0000b\tc\nd\u001F"));
        assertEquals("x", Stories.xmlSafe("x\uD800"), "an unpaired surrogate");
        assertEquals("x", Stories.xmlSafe("x\uFFFE"));
        String fine = "Ünïcödé 東京 مرحبا 🌊 <&>\"'";
        assertSame(fine, Stories.xmlSafe(fine));
    }

    @Test
    void shouldCountWordsInAnyScript() {
        assertEquals(5, Stories.wordCount("Lawmakers backed the co-operation plan."));
        assertEquals(4, Stories.wordCount("Ураганный ветер повредил линии"));
        assertEquals(3, Stories.wordCount("84 votes — 71"));
        assertEquals(2, Stories.wordCount("Carvenia’s ministry"));
        assertEquals(0, Stories.wordCount(" — "));
    }

    @Test
    void shouldCountCharactersNotUtf16Units() {
        assertEquals(3, Stories.charCount("a🌊b"));
        assertEquals(4, Stories.charCount("ab\n\ncd"), "paragraph breaks are not characters of the text");
    }
}
