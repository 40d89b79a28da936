package io.newsdesk.syndication;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Stands in while no feature stores quotations; any other {@link QuotationSource} bean replaces it. */
@DefaultBean
@ApplicationScoped
public class NoQuotations implements QuotationSource {

    @Override
    public List<Quotation> quotations(UUID articleId) {
        return List.of();
    }
}
