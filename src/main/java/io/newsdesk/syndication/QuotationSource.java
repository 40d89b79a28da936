package io.newsdesk.syndication;

import java.util.List;
import java.util.UUID;

/**
 * Supplies the quotations of a story to the syndication formats. The quote feature implements it
 * over its own tables; until then {@link NoQuotations} answers that a story quotes nobody.
 */
public interface QuotationSource {

    /** The story's quotations in reading order; empty when it has none. Called inside a transaction. */
    List<Quotation> quotations(UUID articleId);
}
