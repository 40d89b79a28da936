package io.newsdesk.teaser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The embedded engine's snippets: what PostgreSQL's ts_headline gives, from Lucene's highlighter. */
class LuceneSnippetTest {

    private static String snippet(SearchLanguage language, String text, String q) {
        return LuceneSearchEngine.snippet(language, text, SearchQuery.parse(q));
    }

    @Test
    void shouldEscapeTextAndMarkEveryFormOfTheWord() {
        assertEquals("R&amp;D &lt;draft&gt; plans: <mark>Budgets</mark> rise, <mark>budget</mark> falls.",
                snippet(SearchLanguage.ENGLISH, "R&D <draft> plans: Budgets\n\nrise, budget falls.", "budget"));
    }

    @Test
    void shouldMarkPhrasesAsWholesOnly() {
        assertEquals("<mark>emergency</mark> <mark>budget</mark> and budget emergency",
                snippet(SearchLanguage.ENGLISH, "emergency budget and budget emergency", "\"emergency budget\""));
    }

    @Test
    void shouldNotMarkExcludedWords() {
        assertEquals("<mark>harbour</mark> and bridge",
                snippet(SearchLanguage.ENGLISH, "harbour and bridge", "harbour -bridge"));
    }

    @Test
    void shouldStemRussian() {
        assertEquals("Город без света после <mark>штормов</mark>.",
                snippet(SearchLanguage.RUSSIAN, "Город без света после штормов.", "шторм"));
    }

    @Test
    void shouldShowAPassageAroundTheMatchOrElseTheStart() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append("word").append(i).append(' ');
        }
        text.append("needle and then some more words after it");
        String around = snippet(SearchLanguage.ENGLISH, text.toString(), "needle");
        assertTrue(around.contains("<mark>needle</mark>"), around);
        assertTrue(around.split(" ").length <= 40, around);
        String start = snippet(SearchLanguage.ENGLISH, text.toString(), "absent");
        assertTrue(start.startsWith("word0 word1 word2"), start);
        assertEquals(30, start.split(" ").length, start);
    }
}
