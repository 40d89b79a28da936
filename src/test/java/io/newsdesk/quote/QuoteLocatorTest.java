package io.newsdesk.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.article.BlockType;
import io.newsdesk.article.BodyBlock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QuoteLocatorTest {
    private static final QuoteLocator.Location NOWHERE_TAKEN = new QuoteLocator.Location(-1, -1, -1);

    @Test
    void shouldReadPlainTextOfTextBlocksAndNothingOfOthers() {
        List<BodyBlock> body = List.of(BodyBlock.paragraph("“We <em>will</em> rebuild,” she said."),
                new BodyBlock(BlockType.QUOTE, null, UUID.randomUUID(), null, null, null, null),
                new BodyBlock(BlockType.HEADING, "A &amp; B", null, null, null, null, null));
        assertEquals(List.of("“We will rebuild,” she said.", "", "A & B"), QuoteLocator.paragraphs(body));
    }

    @Test
    void shouldFindTheWordsInAnyBlockOrInTheOneAsked() {
        List<String> body = List.of("No words here.", "He said “yes” twice: “yes”.");
        assertEquals(Optional.of(new QuoteLocator.Location(1, 9, 12)), QuoteLocator.find(body, "yes", null));
        assertEquals(Optional.of(new QuoteLocator.Location(1, 9, 12)), QuoteLocator.find(body, "yes", 1));
        assertEquals(Optional.empty(), QuoteLocator.find(body, "yes", 0));
        assertEquals(Optional.empty(), QuoteLocator.find(body, "no", null));
    }

    @Test
    void shouldKeepThePlaceOfWordsInAnUnchangedParagraphThatMoved() {
        List<String> before = List.of("“Go,” she said.", "“Go,” he said.");
        List<String> after = List.of("New lead.", "“Go,” she said.", "“Go,” he said.");
        QuoteLocator.Location his = new QuoteLocator.Location(1, 1, 3);
        assertEquals(Optional.of(new QuoteLocator.Location(2, 1, 3)),
                QuoteLocator.relocate(before, after, "Go", his, Set.of()));
    }

    @Test
    void shouldFollowWordsIntoAnEditedParagraphAndSkipPlacesTaken() {
        List<String> before = List.of("“Stop,” he said. “Stop,” she said.");
        List<String> after = List.of("Later, “Stop,” he said. “Stop,” she said.");
        QuoteLocator.Location first = new QuoteLocator.Location(0, 1, 5);
        QuoteLocator.Location second = new QuoteLocator.Location(0, 18, 22);
        QuoteLocator.Location firstNow = QuoteLocator.relocate(before, after, "Stop", first, Set.of()).orElseThrow();
        assertEquals(new QuoteLocator.Location(0, 8, 12), firstNow);
        assertEquals(Optional.of(new QuoteLocator.Location(0, 25, 29)),
                QuoteLocator.relocate(before, after, "Stop", second, Set.of(firstNow)));
    }

    @Test
    void shouldReportWordsThatAreGone() {
        assertTrue(QuoteLocator.relocate(List.of("“Go,” she said."), List.of("She said to go."), "Go",
                new QuoteLocator.Location(0, 1, 3), Set.of(NOWHERE_TAKEN)).isEmpty());
    }

    @Test
    void shouldTakeTheSentenceAroundTheWordsAsContext() {
        String paragraph = "Crews worked all night. “The line is back. Power is on,” the engineer said. Rain followed.";
        int start = paragraph.indexOf("The line");
        int end = paragraph.indexOf(",”");
        assertEquals("“The line is back. Power is on,” the engineer said.", QuoteLocator.sentence(paragraph, start, end));
        assertEquals("Rain followed.", QuoteLocator.sentence(paragraph, paragraph.indexOf("Rain"), paragraph.length() - 1));
    }
}
