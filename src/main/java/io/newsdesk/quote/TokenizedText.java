package io.newsdesk.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokens of a (masked) paragraph and the gaps between them. */
final class TokenizedText {

    /**
     * A word: letters/digits, optionally joined by an apostrophe, hyphen or dot (don't, Russia’s, Sever-24, U.S),
     * optionally ending in a possessive apostrophe (parents').
     */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:['’\\-.][\\p{L}\\p{N}]+)*(?:['’](?!\\p{L}))?");

    private final String text;
    private final List<Token> tokens = new ArrayList<>();

    TokenizedText(String text) {
        this.text = text;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            int end = m.end();
            if (end < text.length() && text.charAt(end) == '.' && Lexicon.keepsItsDot(word)) {
                word += ".";
                end++;
            }
            tokens.add(new Token(word, m.start(), end));
        }
    }

    String text() {
        return text;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    List<String> words(int from, int to) {
        List<String> words = new ArrayList<>();
        for (int i = from; i < to; i++) {
            words.add(word(i));
        }
        return words;
    }

    /** Text between token {@code i - 1} and token {@code i} (from the start of the text for the first token). */
    String gapBefore(int i) {
        int from = i == 0 ? 0 : tokens.get(i - 1).end();
        return text.substring(from, tokens.get(i).start());
    }

    /** True when only whitespace separates token {@code i} from the token before it. */
    boolean spaceBefore(int i) {
        return i > 0 && gapBefore(i).isBlank();
    }

    /** True when the gap before token {@code i} is a single comma (with optional spaces). */
    boolean commaBefore(int i) {
        return i > 0 && gapBefore(i).trim().equals(",");
    }

    /** Index of the first token starting at or after {@code pos} ({@link #size()} when there is none). */
    int firstAtOrAfter(int pos) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < pos) {
            i++;
        }
        return i;
    }
}
