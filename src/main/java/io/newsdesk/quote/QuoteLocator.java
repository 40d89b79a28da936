package io.newsdesk.quote;

import io.newsdesk.article.BlockType;
import io.newsdesk.article.BodyBlock;
import io.newsdesk.article.Markup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a quote's words sit in a story body. Offsets count characters of a block's plain text (the text of
 * its inline markup), the same text extraction reads.
 */
final class QuoteLocator {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”»’“]?(?=\\s|$)");

    /** A span of one block's plain text. */
    record Location(int block, int start, int end) {
    }

    private QuoteLocator() {
    }

    /** The plain text of every body block, index for index; blocks that carry no text give "". */
    static List<String> paragraphs(List<BodyBlock> body) {
        return body.stream()
                .map(b -> b.type() == BlockType.PARAGRAPH || b.type() == BlockType.HEADING ? Markup.text(b.text()) : "")
                .toList();
    }

    /** The first place the words occur: in the given block, or in any block when {@code block} is null. */
    static Optional<Location> find(List<String> paragraphs, String text, Integer block) {
        return occurrences(paragraphs, text).stream()
                .filter(l -> block == null || l.block() == block)
                .findFirst();
    }

    /**
     * Where a quote's words are after the body changed: where they were when that paragraph is still there
     * unchanged, else the occurrence nearest to the old block and offset. Empty when the words are gone.
     *
     * @param taken places already given to other quotes of the story, which this one may not share
     */
    static Optional<Location> relocate(List<String> before, List<String> after, String text, Location was,
            Set<Location> taken) {
        String oldParagraph = was.block() < before.size() ? before.get(was.block()) : null;
        return occurrences(after, text).stream()
                .filter(l -> !taken.contains(l))
                .min(Comparator.<Location>comparingInt(l -> unchanged(l, after, oldParagraph, was) ? 0 : 1)
                        .thenComparingInt(l -> Math.abs(l.block() - was.block()))
                        .thenComparingInt(l -> Math.abs(l.start() - was.start())));
    }

    /** The sentence around a span of a paragraph, for a quote's context. */
    static String sentence(String paragraph, int start, int end) {
        int from = 0;
        Matcher before = SENTENCE_END.matcher(paragraph);
        while (before.find() && before.end() <= start) {
            from = before.end();
        }
        Matcher after = SENTENCE_END.matcher(paragraph);
        int to = after.find(Math.min(end, paragraph.length())) ? after.end() : paragraph.length();
        return paragraph.substring(from, to).strip();
    }

    private static boolean unchanged(Location l, List<String> after, String oldParagraph, Location was) {
        return l.start() == was.start() && after.get(l.block()).equals(oldParagraph);
    }

    private static List<Location> occurrences(List<String> paragraphs, String text) {
        List<Location> found = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return found;
        }
        for (int block = 0; block < paragraphs.size(); block++) {
            String paragraph = paragraphs.get(block);
            for (int at = paragraph.indexOf(text); at >= 0; at = paragraph.indexOf(text, at + 1)) {
                found.add(new Location(block, at, at + text.length()));
            }
        }
        return found;
    }
}
