package io.newsdesk.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap signs that a submission is spam. They only decide whether a review waits for a moderator
 * or goes straight to {@code spam} (where a moderator can still rescue it), so they may err a
 * little on the side of suspicion.
 */
final class SpamHeuristics {
    static final int MIN_LETTERS_FOR_CAPITALS = 20;
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|www\\.)\\S+|<a\\s|\\[url"
            + "|\\b[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|info|biz|ru|xyz|top|online|site|shop|io|co)\\b(?:/\\S*)?");

    private final int maxLinks;
    private final List<Pattern> blocked;
    private final List<String> blockedWords;
    private final double maxCapitals;
    private final int maxRepeated;

    SpamHeuristics(int maxLinks, List<String> blockedWords, double maxCapitals, int maxRepeated) {
        this.maxLinks = maxLinks;
        this.blockedWords = blockedWords.stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
        this.blocked = this.blockedWords.stream().map(w -> Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + String.join("\\s+", Arrays.stream(w.split("\\s+")).map(Pattern::quote).toList())
                        + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        this.maxCapitals = maxCapitals;
        this.maxRepeated = maxRepeated;
    }

    static SpamHeuristics from(ReviewConfig.Spam config) {
        return new SpamHeuristics(config.maxLinks(), config.blockedWords().orElse(List.of()), config.maxCapitals(),
                config.maxRepeated());
    }

    /** Why the review looks like spam; empty when it does not. */
    List<String> reasons(String authorName, String title, String body) {
        String text = title == null ? body : title + "\n" + body;
        List<String> reasons = new ArrayList<>();
        int nameLinks = links(authorName);
        int links = links(text) + nameLinks;
        if (links > maxLinks) {
            reasons.add(links + " links (at most " + maxLinks + " allowed)");
        }
        if (nameLinks > 0) {
            reasons.add("a link in the author name");
        }
        for (int i = 0; i < blocked.size(); i++) {
            if (blocked.get(i).matcher(text).find() || blocked.get(i).matcher(authorName).find()) {
                reasons.add("blocked word '" + blockedWords.get(i) + "'");
            }
        }
        double capitals = capitals(text);
        if (capitals > maxCapitals) {
            reasons.add(Math.round(capitals * 100) + "% capital letters");
        }
        String run = longestRun(text);
        if (run.codePointCount(0, run.length()) >= maxRepeated) {
            reasons.add("'" + new String(Character.toChars(run.codePointAt(0))) + "' repeated "
                    + run.codePointCount(0, run.length()) + " times");
        }
        return reasons;
    }

    static int links(String text) {
        if (text == null) {
            return 0;
        }
        Matcher matcher = LINK.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The share of capital letters among letters that have a case; 0 in texts too short to judge. */
    static double capitals(String text) {
        int upper = 0;
        int cased = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
                cased++;
            } else if (Character.isLowerCase(c)) {
                cased++;
            }
        }
        return cased < MIN_LETTERS_FOR_CAPITALS ? 0 : (double) upper / cased;
    }

    /** The longest run of one letter or sign (digits and spaces do not count: "1000000" is a number). */
    static String longestRun(String text) {
        String longest = "";
        int start = 0;
        while (start < text.length()) {
            int c = text.codePointAt(start);
            int end = start + Character.charCount(c);
            while (end < text.length() && text.codePointAt(end) == c) {
                end += Character.charCount(c);
            }
            boolean counts = !Character.isWhitespace(c) && !Character.isDigit(c);
            String run = text.substring(start, end);
            if (counts && run.length() > longest.length()) {
                longest = run;
            }
            start = end;
        }
        return longest;
    }
}
