package io.newsdesk.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleService;
import io.newsdesk.article.ArticleView;
import io.newsdesk.quote.QuoteService;
import io.newsdesk.quote.QuoteView;
import io.newsdesk.quote.SpeakerRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Writes every story that is not deleted as one line each, in id order, a batch of stories per transaction. */
@ApplicationScoped
class Exporter {
    static final int BATCH = 200;

    private final ArticleRepository repository;
    private final ArticleService articles;
    private final QuoteService quotes;
    private final ObjectMapper mapper;

    Exporter(ArticleRepository repository, ArticleService articles, QuoteService quotes, ObjectMapper mapper) {
        this.repository = repository;
        this.articles = articles;
        this.quotes = quotes;
        this.mapper = mapper;
    }

    /** Writes every story that is not deleted, of the given sections only when a limit is given. */
    void write(OutputStream out, Optional<Set<String>> sections) throws IOException {
        UUID after = null;
        while (true) {
            UUID from = after;
            List<StoryLine> lines = QuarkusTransaction.requiringNew().call(() -> page(from, sections));
            for (StoryLine line : lines) {
                out.write(mapper.writeValueAsBytes(line));
                out.write('\n');
            }
            out.flush();
            if (lines.size() < BATCH) {
                return;
            }
            after = lines.get(lines.size() - 1).id();
        }
    }

    private List<StoryLine> page(UUID after, Optional<Set<String>> sections) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder query = new StringBuilder("deletedAt is null");
        if (after != null) {
            query.append(" and id > :after");
            parameters.put("after", after);
        }
        sections.ifPresent(limit -> {
            query.append(" and section.slug in :sections");
            parameters.put("sections", limit);
        });
        List<Article> page = repository.find(query.toString(), Sort.by("id"), parameters).page(0, BATCH).list();
        Map<UUID, List<QuoteView>> quotesOf = new HashMap<>();
        page.forEach(a -> quotesOf.put(a.id, quotes.quotesOf(a.id)));
        Map<String, SpeakerRecord> speakers = quotes.records(quotesOf.values().stream().flatMap(List::stream)
                .map(q -> q.speaker().slug()).collect(Collectors.toSet()));
        return page.stream().map(a -> line(articles.view(a, true, ArticleView.Format.JSON), quotesOf.get(a.id), speakers))
                .toList();
    }

    /**
     * The story as an import takes it back: the editor's fields, its state, and its located quotes with their
     * speakers ({@code speakers} by slug; a speaker missing from it is written with what the quote knows).
     */
    static StoryLine line(ArticleView story, List<QuoteView> quotes, Map<String, SpeakerRecord> speakers) {
        List<StoryLine.QuoteLine> quoteLines = quotes.stream().map(q -> new StoryLine.QuoteLine(q.id(), q.text(),
                speakers.getOrDefault(q.speaker().slug(), new SpeakerRecord(q.speaker().name(), q.speaker().role(),
                        q.speaker().organisation(), null, q.speaker().slug(), null)),
                q.blockIndex(), q.partial(), q.context(), q.language())).toList();
        return new StoryLine(story.id(), story.slug(), story.language(), story.headline(), story.standfirst(),
                story.section().slug(), story.section().name(), story.tags(), story.authors(), story.dateline(),
                story.teaser(), story.body(), story.status().wireName(), story.publishAt(), story.publishedAt(),
                story.embargoUntil(), story.urgency(), story.editorialNote(), quoteLines.isEmpty() ? null : quoteLines);
    }
}
