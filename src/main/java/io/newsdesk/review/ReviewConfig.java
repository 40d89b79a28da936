package io.newsdesk.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of reader reviews, under {@code newsdesk.reviews.*} (environment: {@code NEWSDESK_REVIEWS_*}). */
@ConfigMapping(prefix = "newsdesk.reviews")
public interface ReviewConfig {

    RateLimit rateLimit();

    Spam spam();

    /** Submissions per client address: a token bucket of {@code submissions} refilled over {@code period}. */
    interface RateLimit {
        @WithDefault("10")
        int submissions();

        @WithDefault("PT1H")
        Duration period();

    }

    /** Heuristics that send a submission straight to {@code spam} instead of the moderation queue. */
    interface Spam {
        /** More links than this in one review is spam. */
        @WithDefault("2")
        int maxLinks();

        /** Words or phrases that mark a review as spam, matched as whole words, ignoring case. */
        Optional<List<String>> blockedWords();

        /** A larger share of capital letters than this (0 to 1) is shouting, in texts of 20 letters or more. */
        @WithDefault("0.7")
        double maxCapitals();

        /** One letter or sign repeated this many times in a row is spam. */
        @WithDefault("8")
        int maxRepeated();
    }
}
