package io.newsdesk.teaser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsdesk.common.ProblemException;
import io.newsdesk.teaser.SearchQuery.Term;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    private static Term word(String word) {
        return new Term(List.of(word), false);
    }

    private static Term not(String... words) {
        return new Term(List.of(words), true);
    }

    private static Term phrase(String... words) {
        return new Term(List.of(words), false);
    }

    @Test
    void shouldRequireEveryWordInLowerCase() {
        assertEquals(List.of(List.of(word("emergency"), word("budget"))), SearchQuery.parse("Emergency  BUDGET").groups());
    }

    @Test
    void shouldReadQuotedPhrasesAndExclusions() {
        assertEquals(List.of(List.of(phrase("emergency", "budget"), not("transport"), not("rail", "fares"))),
                SearchQuery.parse("\"emergency budget\" -transport -\"rail fares\"").groups());
    }

    @Test
    void shouldSplitAlternativesAtOr() {
        assertEquals(List.of(List.of(word("budget"), word("vote")), List.of(word("election"))),
                SearchQuery.parse("budget vote OR election").groups());
        assertEquals(List.of(List.of(word("budget")), List.of(word("election"))),
                SearchQuery.parse("or budget or or election or").groups());
        assertEquals(List.of(List.of(phrase("war", "or", "peace"))), SearchQuery.parse("\"war or peace\"").groups());
    }

    @Test
    void shouldReadHyphenatedWordsAsPhrasesAndIgnorePunctuation() {
        assertEquals(List.of(List.of(phrase("covid", "19"), word("cases"))),
                SearchQuery.parse("covid-19 cases!!! ,").groups());
        assertEquals(List.of(List.of(phrase("open", "quote"))), SearchQuery.parse("\"open quote").groups());
        assertEquals(List.of(List.of(word("штормы"))), SearchQuery.parse("Штормы").groups());
    }

    @Test
    void shouldOfferPositiveTermsForHighlighting() {
        assertEquals(List.of(word("a"), phrase("b", "c")), SearchQuery.parse("a -x or \"b c\" a").positives());
    }

    @Test
    void shouldRefuseQueriesWithNothingToLookFor() {
        for (String q : new String[] { null, "", "  ", "-budget", "or", "\"\"", "-\"a b\" or -c", "!!!" }) {
            ProblemException e = assertThrows(ProblemException.class, () -> SearchQuery.parse(q), String.valueOf(q));
            assertEquals("q", e.errors().get(0).parameter());
        }
    }

    @Test
    void shouldRefuseOverlongQueries() {
        SearchQuery.parse("a".repeat(SearchQuery.MAX_LENGTH));
        ProblemException e = assertThrows(ProblemException.class,
                () -> SearchQuery.parse("a".repeat(SearchQuery.MAX_LENGTH + 1)));
        assertEquals("must be at most 200 characters", e.errors().get(0).message());
    }
}
