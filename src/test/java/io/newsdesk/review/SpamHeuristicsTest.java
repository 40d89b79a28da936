package io.newsdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpamHeuristicsTest {
    private final SpamHeuristics heuristics = new SpamHeuristics(2, List.of("casino", "payday loan"), 0.7, 8);

    private List<String> reasons(String body) {
        return heuristics.reasons("Jonas Weber", null, body);
    }

    @Test
    void shouldLetAnOrdinaryReviewThrough() {
        assertEquals(List.of(), reasons("A clear account of the vote. I would have liked more on the costs, "
                + "and the figures from 1990000 were useful. Sooo good!!!"));
        assertEquals(List.of(), heuristics.reasons("Анна", "Хорошо", "Очень подробный и спокойный рассказ о шторме."));
    }

    @Test
    void shouldCountLinksOfEveryShape() {
        assertEquals(0, SpamHeuristics.links("No links here, e.g. none at all."));
        assertEquals(4, SpamHeuristics.links("see http://a.example/x and www.b.example and cheap-pills.com/buy "
                + "and <a href=\"#\">this</a>"));
        assertEquals(List.of(), reasons("Two sources: https://one.example and https://two.example are enough."));
        assertEquals(List.of("3 links (at most 2 allowed)"),
                reasons("Visit https://one.example, https://two.example and https://three.example now"));
    }

    @Test
    void shouldFlagALinkInTheAuthorName() {
        assertEquals(List.of("a link in the author name"),
                heuristics.reasons("best-deals.shop", null, "A perfectly ordinary comment on the story."));
    }

    @Test
    void shouldMatchBlockedWordsAsWholeWordsIgnoringCase() {
        assertEquals(List.of("blocked word 'casino'"), reasons("Win big at the CASINO tonight, friends of the news."));
        assertEquals(List.of("blocked word 'payday loan'"), reasons("Need a Payday\n Loan? Ask the editors of the news desk."));
        assertEquals(List.of(), reasons("The casinos of the old town were the subject, not the casinoesque hotel."));
    }

    @Test
    void shouldFlagShouting() {
        assertEquals(List.of("100% capital letters"), reasons("THIS IS THE WORST ARTICLE I HAVE EVER READ"));
        assertEquals(List.of(), reasons("NATO and the EU met in Brussels on Tuesday to talk."));
        assertEquals(0.0, SpamHeuristics.capitals("SHORT BUT LOUD"), "too few letters to judge");
    }

    @Test
    void shouldFlagLongRunsOfOneCharacter() {
        assertEquals(List.of("'!' repeated 12 times"), reasons("What a story about the harbour!!!!!!!!!!!!"));
        assertEquals("!!!!", SpamHeuristics.longestRun("ab!!!!c  000000000"));
        assertEquals(List.of(), reasons("The budget grew to 1000000000 over the decade, the minister said."));
    }

    @Test
    void shouldGiveEveryReasonAtOnce() {
        List<String> reasons = heuristics.reasons("Spammer", "CASINO", "CASINO BONUS AT HTTP://A.EXAMPLE HTTP://B.EXAMPLE "
                + "HTTP://C.EXAMPLE $$$$$$$$$$");
        assertEquals(4, reasons.size(), reasons.toString());
        assertTrue(reasons.get(0).startsWith("3 links"));
    }
}
