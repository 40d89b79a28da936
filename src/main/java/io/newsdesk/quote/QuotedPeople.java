package io.newsdesk.quote;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Gives the formats (ninjs people, schema.org Quotation) the quotes a story holds. */
@ApplicationScoped
public class QuotedPeople {
    private final QuoteService quotes;

    public QuotedPeople(QuoteService quotes) {
        this.quotes = quotes;
    }

    public List<Quotation> quotations(UUID articleId) {
        return quotes.quotesOf(articleId).stream().map(QuotedPeople::quotation).toList();
    }

    private static Quotation quotation(QuoteView quote) {
        QuoteView.SpeakerRef speaker = quote.speaker();
        String role = speaker.role() == null ? speaker.organisation()
                : speaker.organisation() == null ? speaker.role() : speaker.role() + ", " + speaker.organisation();
        // A URN names the speaker stably whatever address the API is reached at.
        return new Quotation(quote.text(), speaker.name(), role, "urn:newsdesk:speaker:" + speaker.slug());
    }
}
