package io.newsdesk.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds pairs of quotation marks. Supported styles: straight "…", curly “…”, guillemets «…» (Russian and
 * French wire copy) and low-high „…“ (German, Russian handwriting style, also closed with ”).
 * A straight and a curly mark close each other, since pasted copy often mixes them.
 * Single quotes are deliberately ignored: ’ and ' are far more often apostrophes (don't, Russia's) than quotes.
 */
final class QuoteMarks {

    private static final String OPENING = "\"“«„";

    private QuoteMarks() {
    }

    static boolean isOpening(char c) {
        return OPENING.indexOf(c) >= 0;
    }

    /** Quote spans of a paragraph, in order. A quote left open at the end of the paragraph runs on (see {@link QuoteSpan}). */
    static List<QuoteSpan> find(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isOpening(text.charAt(i))) {
                i++;
                continue;
            }
            int close = closingMark(text, i);
            if (close < 0) {
                spans.add(new QuoteSpan(i, text.length(), true));
                break;
            }
            spans.add(new QuoteSpan(i, close, false));
            i = close + 1;
        }
        return spans;
    }

    /** Index of the mark closing the quote opened at {@code open}, or -1 when the paragraph ends first. */
    private static int closingMark(String text, int open) {
        return switch (text.charAt(open)) {
            // Copy pasted from several sources mixes straight and curly marks ("…” or “…"): either closes.
            case '"', '“' -> firstOf(text, open + 1, '"', '”');
            case '„' -> firstOf(text, open + 1, '“', '”');
            case '«' -> matchingGuillemet(text, open);
            default -> -1;
        };
    }

    private static int firstOf(String text, int from, char a, char b) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == a || c == b) {
                return i;
            }
        }
        return -1;
    }

    /** Guillemets nest in some wire copy («… «Name» …»), so count depth instead of taking the first ». */
    private static int matchingGuillemet(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '«') {
                depth++;
            } else if (c == '»' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The paragraph with every quoted passage replaced by underscores (marks kept), offsets unchanged. Rules
     * that look for speakers and sentence ends work on this text, so words inside quotes never count as
     * attributions ("he said" inside a quote is not an attribution).
     */
    static String mask(String text, List<QuoteSpan> spans) {
        char[] chars = text.toCharArray();
        for (QuoteSpan span : spans) {
            for (int i = span.innerStart(); i < span.innerEnd(); i++) {
                chars[i] = '_';
            }
        }
        return new String(chars);
    }
}
