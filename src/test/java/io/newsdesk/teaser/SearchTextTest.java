package io.newsdesk.teaser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void shouldSplitIntoLowerCaseWordsOfAnyScript() {
        assertEquals(List.of("the", "council", "s", "r", "d", "plan", "2026", "шторм"),
                SearchText.words("The council's R&D-plan, 2026: Шторм!"));
        assertEquals(List.of(), SearchText.words("  ...  "));
    }

    @Test
    void shouldEscapeHtmlAndCollapseWhiteSpace() {
        assertEquals("R&amp;D &lt;draft&gt; \"plans\"", SearchText.escapeHtml("R&D <draft> \"plans\""));
        assertEquals("one two three", SearchText.oneLine("  one\n\ntwo   three \n"));
    }
}
