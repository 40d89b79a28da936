package io.newsdesk.quote;

import io.newsdesk.article.Markup;
import io.newsdesk.article.PullQuotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** What a story's quote blocks show in its HTML rendering: the quote's words and speaker. */
@ApplicationScoped
class QuoteBlocks implements PullQuotes {
    private final QuoteRepository quotes;

    QuoteBlocks(QuoteRepository quotes) {
        this.quotes = quotes;
    }

    /** Orphaned quotes show nothing: the story no longer prints those words. */
    @Override
    @Transactional
    public Markup.PullQuote find(UUID quoteId) {
        return quotes.findByIdOptional(quoteId).filter(q -> !q.orphaned)
                .map(q -> new Markup.PullQuote(q.text, q.speaker.name, role(q.speaker)))
                .orElse(null);
    }

    private static String role(Speaker speaker) {
        if (speaker.role == null || speaker.organisation == null) {
            return speaker.role != null ? speaker.role : speaker.organisation;
        }
        return speaker.role + ", " + speaker.organisation;
    }
}
