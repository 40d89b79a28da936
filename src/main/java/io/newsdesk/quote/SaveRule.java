package io.newsdesk.quote;

/**
 * Which candidates of an extraction {@code ?save=true} saves: those attributed to a named person or group (not a
 * description such as "the spokesperson"), short enough to store, and at least as sure as
 * {@code newsdesk.quotes.save-threshold}. The rest are only reported, for an editor to review.
 */
final class SaveRule {
    /** Column size: longer quoted passages are reported by extraction but not saved. */
    static final int MAX_TEXT = 5_000;

    private final double threshold;

    SaveRule(QuoteConfig config) {
        this.threshold = config.saveThreshold();
    }

    boolean saves(ExtractedQuote found, SpeakerNames.Who who) {
        return who != null && named(who.name()) && found.text().length() <= MAX_TEXT && found.confidence() >= threshold;
    }

    /** A speaker worth a page: a name or a group's name, not a description such as "the spokesperson". */
    private static boolean named(String name) {
        return name != null && name.codePoints().anyMatch(Character::isUpperCase);
    }
}
