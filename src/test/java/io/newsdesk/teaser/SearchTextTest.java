package io.newsdesk.teaser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void shouldNormaliseToSpaceSeparatedLowerCaseWords() {
        assertEquals(" the council s r d plan 2026 шторм ", SearchText.normalised("The council's R&D-plan, 2026: Шторм!"));
        assertEquals(" ", SearchText.normalised("  ...  "));
    }

    @Test
    void shouldEscapeTextAndMarkMatchingWords() {
        String snippet = SearchText.snippet("R&D <draft> plans: Budgets\n\nrise, budget falls.",
                SearchQuery.parse("budget").positives(), 30);
        assertEquals("R&amp;D &lt;draft&gt; plans: <mark>Budgets</mark> rise, <mark>budget</mark> falls", snippet);
    }

    @Test
    void shouldMarkPhrasesAsWholesOnly() {
        String snippet = SearchText.snippet("emergency budget and budget emergency",
                SearchQuery.parse("\"emergency budget\"").positives(), 30);
        assertEquals("<mark>emergency</mark> <mark>budget</mark> and budget emergency", snippet);
    }

    @Test
    void shouldShowAWindowAroundTheFirstMatch() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append("word").append(i).append(' ');
        }
        text.append("needle and then some more words after it");
        String snippet = SearchText.snippet(text.toString(), SearchQuery.parse("needle").positives(), 10);
        assertEquals(10, snippet.split(" ").length);
        assertTrue(snippet.startsWith("word98 word99 <mark>needle</mark>"), snippet);
        String start = SearchText.snippet(text.toString(), SearchQuery.parse("absent").positives(), 5);
        assertEquals("word0 word1 word2 word3 word4", start);
    }
}
