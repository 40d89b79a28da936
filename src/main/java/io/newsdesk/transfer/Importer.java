package io.newsdesk.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleInput;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleService;
import io.newsdesk.article.ArticleStatus;
import io.newsdesk.article.ArticleView;
import io.newsdesk.article.BlockType;
import io.newsdesk.article.BodyBlock;
import io.newsdesk.common.DomainException;
import io.newsdesk.common.Precondition;
import io.newsdesk.common.ProblemMapper;
import io.newsdesk.common.Time;
import java.time.Clock;
import io.newsdesk.common.DatabaseOutage;
import io.newsdesk.common.FieldError;
import io.newsdesk.common.LockContention;
import io.newsdesk.common.Problem;
import io.newsdesk.common.ProblemException;
import io.newsdesk.quote.QuoteInput;
import io.newsdesk.quote.QuoteService;
import io.newsdesk.quote.QuoteView;
import io.newsdesk.quote.SpeakerRecord;
import io.newsdesk.teaser.SectionInput;
import io.newsdesk.article.SectionRepository;
import io.newsdesk.teaser.SectionService;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Imports stories line by line. A batch of lines is written in one transaction; when any of them fails,
 * the batch is rolled back and written again one story per transaction, so that a bad line costs only
 * itself and no story is ever half written. Memory holds one batch at most.
 */
@ApplicationScoped
class Importer {
    static final int BATCH = 100;
    /** Tries of one line whose lock was not granted in time, before its result says so. */
    static final int CONTENDED_ATTEMPTS = 3;
    private static final String PATH = "/api/v1/import";

    private final Clock clock;
    private final ArticleService articles;
    private final ArticleRepository repository;
    private final QuoteService quotes;
    private final SectionService sections;
    private final SectionRepository sectionRepository;
    private final ObjectMapper mapper;

    Importer(ArticleService articles, ArticleRepository repository, QuoteService quotes, SectionService sections,
            SectionRepository sectionRepository, ObjectMapper mapper, Clock clock) {
        this.clock = clock;
        this.articles = articles;
        this.repository = repository;
        this.quotes = quotes;
        this.sections = sections;
        this.sectionRepository = sectionRepository;
        this.mapper = mapper;
    }

    private record Parsed(long line, StoryLine story, Problem problem) {
    }

    /** Reads NDJSON from {@code in} and hands one result per non-blank line to {@code results}, in order. */
    void run(BufferedReader in, Consumer<List<ImportResult>> results, String by) throws IOException {
        List<Parsed> batch = new ArrayList<>(BATCH);
        long number = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            batch.add(parse(number, text));
            if (batch.size() == BATCH) {
                results.accept(write(batch, by));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            results.accept(write(batch, by));
        }
    }

    private Parsed parse(long number, String text) {
        try {
            return new Parsed(number, mapper.readValue(text, StoryLine.class), null);
        } catch (JsonProcessingException e) {
            return new Parsed(number, null, new Problem("/problems/malformed-json", "Malformed JSON", 400,
                    "Line " + number + " is not a story: " + e.getOriginalMessage(), PATH, null, null, null));
        }
    }

    private List<ImportResult> write(List<Parsed> batch, String by) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> batch.stream()
                    .map(p -> p.problem() != null ? ImportResult.problem(p.line(), p.problem()) : write(p, by))
                    .toList());
        } catch (RuntimeException batchFailed) {
            return batch.stream().map(p -> alone(p, by)).toList();
        }
    }

    private ImportResult alone(Parsed parsed, String by) {
        if (parsed.problem() != null) {
            return ImportResult.problem(parsed.line(), parsed.problem());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> write(parsed, by));
            } catch (RuntimeException e) {
                // A lock not granted in time (other writes held it) saved nothing: the line goes again.
                if (!LockContention.causedBy(e) || attempt == CONTENDED_ATTEMPTS) {
                    return ImportResult.problem(parsed.line(), problem(parsed.line(), e));
                }
                Log.debugf("Import line %d waited too long for a lock; attempt %d of %d", parsed.line(), attempt + 1,
                        CONTENDED_ATTEMPTS);
            }
        }
    }

    private static Problem problem(long line, Throwable failure) {
        if (LockContention.causedBy(failure)) {
            return new Problem("/problems/busy", "Busy", 503, "Line " + line + " was not saved: other writes held what "
                    + "it needed for too long, " + CONTENDED_ATTEMPTS + " times. Send the line again.", PATH, null, null,
                    null);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException d) {
                return new Problem("/problems/" + ProblemMapper.type(d), ProblemMapper.title(d), ProblemMapper.status(d),
                        "Line " + line + ": " + d.getMessage(), PATH, null, d.errors().isEmpty() ? null : d.errors(), null);
            }
            if (t instanceof ProblemException p) {
                return new Problem("/problems/" + p.type(), p.title(), p.status(), "Line " + line + ": " + p.getMessage(),
                        PATH, null, p.errors().isEmpty() ? null : p.errors(), null);
            }
        }
        if (DatabaseOutage.causedBy(failure)) {
            return new Problem("/problems/unavailable", "Service unavailable", 503, "Line " + line + " was not saved: "
                    + "the database cannot be reached. Send the line again in a few seconds.", PATH, null, null, null);
        }
        if (ProblemMapper.integrityViolation(failure)) {
            return new Problem("/problems/conflict", "Conflict", 409, "Line " + line + " could not be saved, as it "
                    + "clashes with what is stored (an id or slug in use elsewhere).", PATH, null, null, null);
        }
        Log.errorf(failure, "Import line %d could not be saved", line);
        return new Problem("/problems/internal-error", "Internal server error", 500, "Line " + line + " could not be "
                + "saved because of a failure in the server. Quote the request id when reporting it.", PATH, null, null,
                null);
    }

    /** One story, with its quotes; runs in the caller's transaction. */
    private ImportResult write(Parsed parsed, String by) {
        StoryLine story = parsed.story();
        if (story.body() == null) {
            throw DomainException.invalid(FieldError.body("/body", "must not be null"));
        }
        createMissingSection(story);
        Optional<Article> existing = find(story);
        if (existing.isPresent() && !existing.get().deleted() && unchanged(existing.get(), story)) {
            Article article = existing.get();
            return new ImportResult(parsed.line(), "unchanged", article.id, article.slug, article.revision, null);
        }
        Instant now = Time.now(clock);
        ArticleStatus before = existing.map(a -> a.statusAt(now)).orElse(null);
        boolean demote = "unpublished".equals(story.status())
                && (before == ArticleStatus.PUBLISHED || before == ArticleStatus.UNPUBLISHED);

        List<BodyBlock> body = story.body();
        List<BodyBlock> withoutQuotes = new ArrayList<>();
        int[] moved = new int[body.size()];
        for (int i = 0; i < body.size(); i++) {
            BodyBlock block = body.get(i);
            moved[i] = block != null && block.type() == BlockType.QUOTE ? -1 : withoutQuotes.size();
            if (moved[i] >= 0) {
                withoutQuotes.add(block);
            }
        }
        // Quote blocks can only show quotes the story has, and new quotes need their words in the body:
        // the story is saved without its quote blocks first, unless all its quotes are already there.
        List<QuoteView> had = existing.map(a -> quotes.quotesOf(a.id)).orElse(List.of());
        List<StoryLine.QuoteLine> wanted = story.quotes() == null ? List.of() : story.quotes();
        boolean allThere = wanted.stream().allMatch(q -> match(had, q).isPresent());
        ArticleView saved = existing.isPresent()
                ? articles.replace(existing.get().id, input(story, allThere ? body : withoutQuotes, demote), Precondition.NONE, by)
                : articles.create(story.id() == null ? UUID.randomUUID() : story.id(),
                        input(story, withoutQuotes, demote), by);
        UUID id = saved.id();
        Map<UUID, UUID> quoteIds = new HashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            StoryLine.QuoteLine quote = wanted.get(i);
            if (quote == null || quote.text() == null) {
                throw DomainException.invalid(FieldError.body("/quotes/" + i + "/text", "must not be null"));
            }
            Integer block = quote.blockIndex();
            Integer at = block == null || block < 0 || block >= moved.length || moved[block] < 0 ? null : moved[block];
            QuoteView written = match(had, quote).orElseGet(() -> quotes.create(id,
                    quote.id() == null ? UUID.randomUUID() : quote.id(), new QuoteInput(quote.text(),
                            quote.speaker() == null ? null : quote.speaker().input(), at, quote.partial(),
                            quote.context(), quote.language())));
            UUID quoteId = written.id();
            SpeakerRecord speaker = quote.speaker();
            if (speaker != null && (speaker.aliases() != null
                    || speaker.slug() != null && !speaker.slug().equals(written.speaker().slug()))) {
                quotes.restore(written.speaker().slug(), speaker);
            }
            if (quote.id() != null) {
                quoteIds.put(quote.id(), quoteId);
            }
        }
        if (!(existing.isPresent() && allThere) && withoutQuotes.size() != body.size()) {
            List<BodyBlock> full = body.stream().map(b -> b != null && b.type() == BlockType.QUOTE
                    && quoteIds.containsKey(b.quoteId())
                            ? new BodyBlock(BlockType.QUOTE, null, quoteIds.get(b.quoteId()), null, null, null, null)
                            : b)
                    .toList();
            saved = articles.replace(id, input(story, full, demote), Precondition.NONE, by);
        }
        if ("unpublished".equals(story.status()) && saved.status() != ArticleStatus.UNPUBLISHED) {
            saved = articles.unpublish(id, null, by);
        }
        return new ImportResult(parsed.line(), existing.isPresent() ? "updated" : "created", id, saved.slug(),
                saved.revision(), null);
    }

    private Optional<Article> find(StoryLine story) {
        if (story.id() != null) {
            Optional<Article> byId = repository.findByIdOptional(story.id());
            if (byId.isPresent()) {
                return byId;
            }
        }
        if (story.slug() == null) {
            return Optional.empty();
        }
        return repository.find("slug = ?1 and language = ?2 and deletedAt is null", story.slug(),
                story.language() == null ? "en" : story.language()).firstResultOptional();
    }

    private static Optional<QuoteView> match(List<QuoteView> had, StoryLine.QuoteLine quote) {
        if (quote == null) {
            return Optional.empty();
        }
        return had.stream().filter(h -> h.id().equals(quote.id()) || (h.text().equals(quote.text())
                && quote.speaker() != null && h.speaker().name().equalsIgnoreCase(quote.speaker().name())))
                .findFirst();
    }

    /** Whether the stored story already is what the line says, so that importing it again writes nothing. */
    private boolean unchanged(Article article, StoryLine story) {
        List<QuoteView> had = quotes.quotesOf(article.id);
        StoryLine stored = Exporter.line(articles.view(article, true, ArticleView.Format.JSON), had,
                quotes.records(had.stream().map(q -> q.speaker().slug()).collect(Collectors.toSet())));
        ObjectNode a = mapper.valueToTree(stored);
        ObjectNode b = mapper.valueToTree(story);
        for (ObjectNode node : List.of(a, b)) {
            node.remove("id");
            node.remove("sectionName");
        }
        return a.equals(b);
    }

    private void createMissingSection(StoryLine story) {
        if (story.section() == null || story.sectionName() == null
                || sectionRepository.findBySlug(story.section()).isPresent()) {
            return;
        }
        sections.create(new SectionInput(story.section(), story.sectionName(), null));
    }

    /** The line as an editor would write it; the state it had becomes the status to write. */
    private static ArticleInput input(StoryLine story, List<BodyBlock> body, boolean demote) {
        String status = story.status() == null ? "draft" : story.status();
        OffsetDateTime publishAt = utc(story.publishAt());
        switch (status) {
            case "draft" -> {
            }
            case "published" -> {
                status = "published";
                publishAt = utc(story.publishedAt() != null ? story.publishedAt() : story.publishAt());
            }
            case "scheduled" -> status = "published";
            case "unpublished" -> {
                status = demote ? "draft" : "published";
                publishAt = utc(story.publishedAt() != null ? story.publishedAt() : story.publishAt());
            }
            default -> throw DomainException.invalid(FieldError.body("/status",
                    "must be draft, scheduled, published or unpublished"));
        }
        return new ArticleInput(story.headline(), story.standfirst(), story.slug(), story.language(), story.section(),
                story.tags(), story.authors(), story.dateline(), story.teaser(), body, status, publishAt,
                utc(story.embargoUntil()), story.urgency(), story.editorialNote());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
