package io.newsdesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.common.Time;
import io.newsdesk.common.NewsdeskConfig;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sample stories for the embedded database, so a fresh checkout shows something. Never loaded into
 * PostgreSQL: a configured production database holds only what editors wrote.
 */
@ApplicationScoped
public class DemoContent {
    static final String RESOURCE = "/demo/articles.json";
    /** Who the sample stories are written by, in revisions and in the events other features observe. */
    public static final String BY = "demo-content";

    private final ArticleService articles;
    private final ArticleRepository repository;
    private final ObjectMapper mapper;
    private final NewsdeskConfig config;
    private final String dbKind;
    private final Clock clock;

    public DemoContent(ArticleService articles, ArticleRepository repository, ObjectMapper mapper,
            NewsdeskConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind, Clock clock) {
        this.clock = clock;
        this.articles = articles;
        this.repository = repository;
        this.mapper = mapper;
        this.config = config;
        this.dbKind = dbKind;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.demoContent().enabled() || !"h2".equals(dbKind)) {
            return;
        }
        if (QuarkusTransaction.requiringNew().call(repository::count) > 0) {
            return;
        }
        Log.infof("Loading demo content into the embedded database: %d stories", load());
    }

    /** Publishes each sample story, dated {@code hoursAgo} before now. */
    public int load() {
        JsonNode stories = read();
        Instant now = Time.now(clock).truncatedTo(ChronoUnit.MINUTES);
        for (JsonNode story : stories) {
            ObjectNode input = ((ObjectNode) story).deepCopy();
            long hoursAgo = input.remove("hoursAgo").asLong();
            input.put("status", "published");
            input.put("publishAt", now.minus(hoursAgo, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC).toString());
            articles.create(mapper.convertValue(input, ArticleInput.class), BY);
        }
        return stories.size();
    }

    private JsonNode read() {
        try (InputStream in = DemoContent.class.getResourceAsStream(RESOURCE)) {
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
