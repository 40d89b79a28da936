package io.newsdesk.quote;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of quote extraction, under {@code newsdesk.quotes.*} (environment: {@code NEWSDESK_QUOTES_*}). */
@ConfigMapping(prefix = "newsdesk.quotes")
public interface QuoteConfig {

    /**
     * The confidence (0 to 1) a candidate needs for {@code POST /articles/{id}/quotes/extract?save=true} to save it.
     * 0.7 saves quotes attributed by a full name, by a surname, role or pronoun the story resolves to one, and
     * quotations that follow an attributed quote; it leaves for review a lone surname the story never
     * introduced, an unnamed description ("a police spokesman") and weaker guesses.
     */
    @WithDefault("0.7")
    double saveThreshold();
}
