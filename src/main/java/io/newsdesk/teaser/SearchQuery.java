package io.newsdesk.teaser;

import io.newsdesk.common.FieldError;
import io.newsdesk.common.ProblemException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * A reader's search in the syntax of PostgreSQL's {@code websearch_to_tsquery}: words must all
 * occur, {@code "quoted words"} must occur as a phrase, {@code -word} or {@code -"a phrase"} must
 * not occur, and {@code or} separates alternatives. Parsed here so both search engines refuse
 * the same queries, and so the embedded engine can build them.
 *
 * @param text the query as the reader wrote it
 * @param groups the alternatives; a story matches when it satisfies every term of one of them
 */
record SearchQuery(String text, List<List<Term>> groups) {
    public static final int MAX_LENGTH = 200;

    /** One condition: a word, or a phrase of several words in a row, either of which may be excluded. */
    public record Term(List<String> words, boolean negated) {
    }

    /** Parses what a reader typed; an empty, overlong or exclusions-only query is a 400 problem on {@code q}. */
    public static SearchQuery parse(String text) {
        if (text == null || text.isBlank()) {
            throw invalid("must not be empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid("must be at most " + MAX_LENGTH + " characters");
        }
        List<List<Term>> groups = new ArrayList<>();
        List<Term> group = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = c == '-';
            int start = negated ? i + 1 : i;
            String chunk;
            boolean quoted = start < text.length() && text.charAt(start) == '"';
            if (quoted) {
                int close = text.indexOf('"', start + 1);
                int end = close < 0 ? text.length() : close;
                chunk = text.substring(start + 1, end);
                i = close < 0 ? text.length() : close + 1;
            } else {
                int end = start;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                chunk = text.substring(start, end);
                i = end;
            }
            if (!quoted && !negated && chunk.toLowerCase(Locale.ROOT).equals("or")) {
                if (!group.isEmpty()) {
                    groups.add(group);
                    group = new ArrayList<>();
                }
                continue;
            }
            List<String> words = SearchText.words(chunk);
            if (!words.isEmpty()) {
                group.add(new Term(List.copyOf(words), negated));
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        SearchQuery query = new SearchQuery(text.strip(), groups.stream().map(List::copyOf).toList());
        if (query.positives().isEmpty()) {
            throw invalid("must contain at least one word to look for, not only exclusions");
        }
        return query;
    }

    /** A query matching stories with any of the words: how related stories find text like a story's own. */
    static SearchQuery anyOf(Collection<String> words) {
        return new SearchQuery(String.join(" or ", words),
                words.stream().map(w -> List.of(new Term(List.of(w), false))).toList());
    }

    /** The terms that must occur in some alternative: what a snippet highlights. */
    public List<Term> positives() {
        return groups.stream().flatMap(List::stream).filter(t -> !t.negated()).distinct().toList();
    }

    private static ProblemException invalid(String message) {
        return ProblemException.invalid(FieldError.parameter("q", message));
    }
}
