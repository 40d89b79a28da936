package io.newsdesk.review;

import io.newsdesk.article.Audience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.common.NewsdeskConfig;
import io.newsdesk.common.DomainException;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sample reviews of the sample stories, approved, so a fresh embedded database shows the review
 * box and summaries. They go through the same submission and moderation as real ones.
 */
@ApplicationScoped
class ReviewDemoContent {
    static final String RESOURCE = "/demo/reviews.json";
    static final String BY = "demo-content";

    private final ReviewService service;
    private final ReviewRepository reviews;
    private final ObjectMapper mapper;
    private final NewsdeskConfig config;
    private final String dbKind;

    public ReviewDemoContent(ReviewService service, ReviewRepository reviews, ObjectMapper mapper,
            NewsdeskConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.service = service;
        this.reviews = reviews;
        this.mapper = mapper;
        this.config = config;
        this.dbKind = dbKind;
    }

    /** After the sample stories (which load at the default priority): reviews need their stories. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!config.demoContent().enabled() || !"h2".equals(dbKind)) {
            return;
        }
        if (QuarkusTransaction.requiringNew().call(reviews::count) > 0) {
            return;
        }
        Log.infof("Loading demo content into the embedded database: %d reviews", load());
    }

    /** Submits and approves each sample review whose story exists; one already there is skipped. */
    public int load() {
        List<java.util.UUID> loaded = new ArrayList<>();
        for (JsonNode sample : read()) {
            ReviewInput input = new ReviewInput(sample.get("rating").asInt(), text(sample, "title"),
                    text(sample, "body"), text(sample, "authorName"), null, text(sample, "language"), null);
            try {
                loaded.add(service.submit(sample.get("article").asText(), input, Audience.PUBLIC).id());
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.NOT_FOUND && e.kind() != DomainException.Kind.CONFLICT) {
                    throw e;
                }
            }
        }
        if (!loaded.isEmpty()) {
            service.moderateAll(new BulkModerationInput(loaded, ReviewStatus.APPROVED, "Sample review."), BY);
        }
        return loaded.size();
    }

    private static String text(JsonNode sample, String field) {
        return sample.hasNonNull(field) ? sample.get(field).asText() : null;
    }

    private JsonNode read() {
        try (InputStream in = ReviewDemoContent.class.getResourceAsStream(RESOURCE)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
