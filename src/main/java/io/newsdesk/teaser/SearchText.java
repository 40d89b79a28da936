package io.newsdesk.teaser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words as search sees them: runs of letters and digits, lower-cased, in any script. */
final class SearchText {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private SearchText() {
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * The text as {@code " word word … "}: a word starts wherever {@code " word"} occurs, and a phrase
     * is its words joined by single spaces, so SQL {@code like} finds both.
     */
    static String normalised(String text) {
        List<String> words = words(text);
        return words.isEmpty() ? " " : " " + String.join(" ", words) + " ";
    }

    /** Escapes the characters that matter in HTML text content. */
    static String escapeHtml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Collapses the runs of white space a multi-paragraph snippet carries into single spaces. */
    static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * A window of at most {@code maxWords} words of {@code text} around the first place a term of the
     * query matches, HTML-escaped, with every matching word in {@code <mark>}: the embedded engine's
     * counterpart of PostgreSQL's {@code ts_headline}. Without a match: the first words.
     */
    static String snippet(String text, List<SearchQuery.Term> terms, int maxWords) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] { matcher.start(), matcher.end() });
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        if (spans.isEmpty()) {
            return "";
        }
        boolean[] marked = new boolean[words.size()];
        int first = -1;
        for (int i = 0; i < words.size(); i++) {
            for (SearchQuery.Term term : terms) {
                if (term.matchesAt(words, i)) {
                    for (int k = 0; k < term.words().size(); k++) {
                        marked[i + k] = true;
                    }
                    first = first < 0 ? i : first;
                }
            }
        }
        // Some words of context before the match, as ts_headline gives.
        int start = first < 0 ? 0 : Math.max(0, Math.min(first - maxWords / 4, words.size() - maxWords));
        int end = Math.min(words.size(), start + maxWords);
        StringBuilder out = new StringBuilder();
        int at = spans.get(start)[0];
        for (int i = start; i < end; i++) {
            int[] span = spans.get(i);
            out.append(escapeHtml(text.substring(at, span[0])));
            String word = escapeHtml(text.substring(span[0], span[1]));
            out.append(marked[i] ? "<mark>" + word + "</mark>" : word);
            at = span[1];
        }
        return oneLine(out.toString());
    }
}
