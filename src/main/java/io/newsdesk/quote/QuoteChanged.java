package io.newsdesk.quote;

import io.newsdesk.article.Article;
import java.time.Instant;
import java.util.UUID;

/**
 * Fired synchronously, inside the writing transaction, when an editor creates, changes or deletes a
 * quote (saving extracted quotes included), so the change log records it with the quote.
 */
public record QuoteChanged(UUID quoteId, Article article, Kind kind, Instant at) {

    public enum Kind {
        CREATED, UPDATED, DELETED
    }
}
