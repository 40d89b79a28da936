package io.newsdesk.teaser;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How alike two stories' texts are, for related stories: the significant words of headline,
 * standfirst and teaser, compared as sets. Words are cut to their first six letters, a crude stem
 * that makes "elections" meet "election".
 */
final class TextSimilarity {
    static final int STEM = 6;
    /** Fewer shared words than this is coincidence, however short the texts. */
    static final int MIN_SHARED = 2;
    static final double MIN_COSINE = 0.2;

    private TextSimilarity() {
    }

    /** The significant words of the texts, in order of appearance, not yet cut to stems. */
    static Set<String> keywords(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            for (String word : SearchText.words(text)) {
                if (word.length() >= 3 && !StopWords.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    static Set<String> stems(Set<String> keywords) {
        Set<String> stems = new LinkedHashSet<>();
        keywords.forEach(w -> stems.add(w.length() > STEM ? w.substring(0, STEM) : w));
        return stems;
    }

    /**
     * The cosine of the two stem sets, or 0 when they share too little to count as similar.
     */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        double cosine = shared / Math.sqrt((double) a.size() * b.size());
        return shared >= MIN_SHARED && cosine >= MIN_COSINE ? cosine : 0;
    }
}
