package io.newsdesk.article;

import java.util.UUID;

/**
 * What a story's quote blocks show when the body is rendered as HTML. The quote feature implements it, so
 * stories need not know how quotes are stored.
 */
public interface PullQuotes {

    /** The quote's words and speaker, or null when the quote does not exist or readers may not see it. */
    Markup.PullQuote find(UUID quoteId);
}
