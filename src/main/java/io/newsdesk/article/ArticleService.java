package io.newsdesk.article;

import io.newsdesk.common.Params;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsdesk.common.Time;
import io.newsdesk.common.Cursor;
import io.newsdesk.common.FieldError;
import io.newsdesk.common.Precondition;
import io.newsdesk.common.NewsdeskConfig;
import io.newsdesk.common.Page;
import io.newsdesk.common.DomainException;
import io.newsdesk.common.Validation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The editorial life of a story: validation, slugs, publishing, revisions. */
@ApplicationScoped
public class ArticleService {
    private final Clock clock;
    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final SectionRepository sections;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final NewsdeskConfig config;
    private final Event<ArticleChanged> changes;
    private final PullQuotes pullQuotes;
    private final ReviewSummaries reviewSummaries;
    private final WriteScope scope;

    public ArticleService(ArticleRepository articles, ArticleRevisionRepository revisions, SectionRepository sections,
            Validator validator, ObjectMapper mapper, NewsdeskConfig config, Event<ArticleChanged> changes,
            PullQuotes pullQuotes, ReviewSummaries reviewSummaries, WriteScope scope, Clock clock) {
        this.clock = clock;
        this.scope = scope;
        this.reviewSummaries = reviewSummaries;
        this.changes = changes;
        this.pullQuotes = pullQuotes;
        this.articles = articles;
        this.revisions = revisions;
        this.sections = sections;
        this.validator = validator;
        this.mapper = mapper;
        this.config = config;
    }

    // ---- reads -------------------------------------------------------------------------------

    /** A story as the audience may see it ({@link Visibility}); editors learn that a deleted one is gone. */
    @Transactional
    public Optional<ArticleView> read(String key, String language, Audience audience, ArticleView.Format format) {
        Optional<Article> found = articles.findByKey(key, language);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Article article = found.get();
        if (article.deleted() && audience.editorial() && audience.mayRead(article.section.slug)) {
            throw DomainException.gone("The article " + article.id + " was deleted.");
        }
        return Visibility.sees(audience, article, Time.now(clock))
                ? Optional.of(view(article, audience.editorial(), format))
                : Optional.empty();
    }

    @Transactional
    public <T> Page<T> list(ArticleRepository.Filter filter, Cursor after, int limit,
            java.util.function.Function<Article, T> view) {
        return Page.of(articles.page(filter, after, limit), limit, a -> new Cursor(a.sortAt, a.id), view);
    }

    /** A page of teasers, newest first. */
    @Transactional
    public Page<TeaserView> teasers(ArticleRepository.Filter filter, Cursor after, int limit) {
        Page<Article> page = Page.of(articles.page(filter, after, limit), limit, a -> new Cursor(a.sortAt, a.id), a -> a);
        return new Page<>(teasers(page.items(), filter.now()), page.next());
    }

    /**
     * Teasers of these stories, in their order, with links to the full stories and their review
     * summaries: every list of stories builds its teasers here, so what a teaser carries is decided
     * once, and the summaries of a whole list cost one query.
     */
    public List<TeaserView> teasers(List<Article> stories, Instant now) {
        String siteUrl = config.siteUrl().orElse(null);
        Map<UUID, ReviewSummary> summaries = reviewSummaries.of(stories.stream().map(a -> a.id).toList());
        return stories.stream().map(a -> Teasers.from(a, a.body, now, summaries.get(a.id), siteUrl)).toList();
    }

    @Transactional
    public Page<RevisionView> revisions(UUID id, String cursor, int limit) {
        Article article = requireLive(id);
        Integer before = null;
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor);
            before = revisions.findByIdOptional(position.id()).filter(r -> r.articleId.equals(article.id))
                    .map(r -> r.revision)
                    .orElseThrow(() -> DomainException.invalid(FieldError.parameter("cursor", "does not belong to this article")));
        }
        return Page.of(revisions.page(article.id, before, limit), limit, r -> new Cursor(r.createdAt, r.id),
                r -> new RevisionView(r.revision, r.status, r.createdAt, r.createdBy, read(r.snapshot, ArticleView.class)));
    }

    public ArticleView view(Article article, boolean editorial, ArticleView.Format format) {
        return ArticleView.from(article, article.body, Time.now(clock), editorial, format, config.siteUrl().orElse(null),
                pullQuotes::find, reviewSummaries.of(article.id));
    }

    // ---- writes ------------------------------------------------------------------------------

    @Transactional
    public ArticleView create(ArticleInput input, String by) {
        return create(UUID.randomUUID(), input, by);
    }

    /** Creates a story under an id it had elsewhere (an import keeps the ids of an export). */
    @Transactional
    public ArticleView create(UUID id, ArticleInput input, String by) {
        ArticleInput valid = validate(input);
        Instant now = Time.now(clock);
        Article article = new Article();
        article.id = id;
        article.createdAt = now;
        article.status = ArticleStatus.DRAFT;
        article.sortAt = now;
        article.revision = 1;
        apply(valid, article, now, true);
        articles.persist(article);
        return saved(article, ArticleChanged.Kind.CREATED, null, by);
    }

    @Transactional
    public ArticleView replace(UUID id, ArticleInput input, Precondition precondition, String by) {
        Article article = requireLive(id);
        precondition.check(article.revision, "article");
        List<BodyBlock> before = article.body;
        ArticleStatus status = article.statusAt(Time.now(clock));
        apply(validate(input), article, Time.now(clock), false);
        return saved(article, kindOf(status, article), before, by);
    }

    /** Applies an RFC 7396 merge patch to the story as an editor would write it. */
    @Transactional(rollbackOn = Exception.class)
    public ArticleView patch(UUID id, JsonNode patch, Precondition precondition, String by) throws JsonProcessingException {
        Article article = requireLive(id);
        precondition.check(article.revision, "article");
        if (patch == null || !patch.isObject()) {
            throw DomainException.malformed("A merge patch must be a JSON object.");
        }
        ObjectNode current = mapper.valueToTree(asInput(article));
        // Unknown or server-owned fields in the patch fail here, as they would in a PUT body.
        ArticleInput merged = mapper.treeToValue(mergePatch(current, patch), ArticleInput.class);
        List<BodyBlock> before = article.body;
        ArticleStatus status = article.statusAt(Time.now(clock));
        apply(validate(merged), article, Time.now(clock), false);
        return saved(article, kindOf(status, article), before, by);
    }

    @Transactional
    public ArticleView publish(UUID id, OffsetDateTime when, Precondition precondition, String by) {
        Article article = requireLive(id);
        precondition.check(article.revision, "article");
        Instant now = Time.now(clock);
        Instant at = when == null ? null : Time.micros(when.toInstant());
        if (!Time.storable(at)) {
            throw DomainException.invalid(FieldError.body("/publishAt", Time.RANGE_MESSAGE));
        }
        if (article.statusAt(now) == ArticleStatus.PUBLISHED && at == null) {
            return view(article, true, ArticleView.Format.JSON);
        }
        publishAt(article, at, now);
        article.updatedAt = now;
        return saved(article, ArticleChanged.Kind.PUBLISHED, article.body, by);
    }

    @Transactional
    public ArticleView unpublish(UUID id, Precondition precondition, String by) {
        Article article = requireLive(id);
        precondition.check(article.revision, "article");
        if (article.status != ArticleStatus.PUBLISHED && article.status != ArticleStatus.SCHEDULED) {
            throw DomainException.conflict("The article is " + article.status.wireName() + ", not published.");
        }
        article.status = ArticleStatus.UNPUBLISHED;
        article.updatedAt = Time.now(clock);
        return saved(article, ArticleChanged.Kind.UNPUBLISHED, article.body, by);
    }

    /** Deletes as a tombstone: the row stays so the change feed and revisions can speak of it. */
    @Transactional
    public void delete(UUID id, Precondition precondition, String by) {
        Article article = requireLive(id);
        precondition.check(article.revision, "article");
        Instant now = Time.now(clock);
        article.deletedAt = now;
        article.updatedAt = now;
        saved(article, ArticleChanged.Kind.DELETED, article.body, by);
    }

    // ---- internals ---------------------------------------------------------------------------

    /**
     * A story that exists, is not deleted and is in a section the caller's key may write in, for writes:
     * else 404 (a story outside the key's sections does not exist to it) or 410.
     */
    public Article requireLive(UUID id) {
        Article article = articles.findByIdOptional(id).filter(a -> scope.allows(a.section.slug))
                .orElseThrow(() -> DomainException.notFound("No article with id " + id + "."));
        if (article.deleted()) {
            throw DomainException.gone("The article " + id + " was deleted.");
        }
        return article;
    }

    /** Refuses, as if it did not exist, a write to a story outside the sections of the caller's key. */
    public void requireWritable(Article article) {
        if (!scope.allows(article.section.slug)) {
            throw DomainException.notFound("No article with id " + article.id + ".");
        }
    }

    /**
     * Flushes (so the version check and the revision bump happen now), records the revision and
     * answers the story as the editor now sees it.
     */
    private ArticleView saved(Article article, ArticleChanged.Kind kind, List<BodyBlock> previousBody, String by) {
        articles.flush();
        ArticleRevision revision = new ArticleRevision();
        revision.id = UUID.randomUUID();
        revision.articleId = article.id;
        revision.revision = article.revision;
        revision.status = article.status;
        revision.createdAt = article.updatedAt;
        revision.createdBy = by;
        ArticleView view = view(article, true, ArticleView.Format.JSON);
        revision.snapshot = write(view);
        revisions.persist(revision);
        changes.fire(new ArticleChanged(article, kind, previousBody, by, article.updatedAt));
        return view;
    }

    /** What an edit amounted to for readers: going public or leaving is more than an update. */
    private ArticleChanged.Kind kindOf(ArticleStatus before, Article article) {
        ArticleStatus after = article.statusAt(Time.now(clock));
        boolean wasLive = Visibility.LIVE.contains(before);
        boolean isLive = Visibility.LIVE.contains(after);
        if (!wasLive && isLive) {
            return ArticleChanged.Kind.PUBLISHED;
        }
        return wasLive && !isLive ? ArticleChanged.Kind.UNPUBLISHED : ArticleChanged.Kind.UPDATED;
    }

    private void apply(ArticleInput input, Article article, Instant now, boolean creating) {
        String slug = input.section().trim().toLowerCase(Locale.ROOT);
        boolean filing = creating || article.section == null || !article.section.slug.equals(slug);
        Section section = (filing ? sections.findBySlugToFileIn(slug) : sections.findBySlug(slug))
                .orElseThrow(() -> DomainException.invalid(FieldError.body("/section",
                        "is not a known section; known sections: " + sections.allSlugs())));
        if (!scope.allows(section.slug)) {
            throw DomainException.forbidden(FieldError.body("/section", "is not a section this key may write in"));
        }
        String language = input.language() == null
                ? (creating ? "en" : article.language)
                : Locale.forLanguageTag(input.language()).toLanguageTag();
        article.headline = input.headline().strip();
        article.standfirst = Params.blankToNull(input.standfirst());
        article.teaser = Params.blankToNull(input.teaser());
        article.dateline = Params.blankToNull(input.dateline());
        article.section = section;
        article.tags = new ArrayList<>(new LinkedHashSet<>(normalise(input.tags(), true)));
        article.authors = new ArrayList<>(new LinkedHashSet<>(normalise(input.authors(), false)));
        article.urgency = input.urgency();
        article.editorialNote = Params.blankToNull(input.editorialNote());
        article.body = sanitise(input.body());
        article.embargoUntil = input.embargoUntil() == null ? null : Time.micros(input.embargoUntil().toInstant());
        assignSlug(input.slug(), language, article, creating);
        article.language = language;
        article.updatedAt = now;
        applyStatus(input, article, now);
    }

    private void applyStatus(ArticleInput input, Article article, Instant now) {
        Instant requested = input.publishAt() == null ? null : Time.micros(input.publishAt().toInstant());
        ArticleStatus current = article.statusAt(now);
        if ("published".equals(input.status())) {
            boolean unchanged = current == ArticleStatus.PUBLISHED
                    && (requested == null || requested.equals(article.publishedAt));
            if (!unchanged) {
                publishAt(article, requested, now);
            }
        } else if ("draft".equals(input.status())) {
            article.status = current == ArticleStatus.PUBLISHED ? ArticleStatus.UNPUBLISHED
                    : current == ArticleStatus.UNPUBLISHED ? ArticleStatus.UNPUBLISHED : ArticleStatus.DRAFT;
            article.publishAt = requested;
        } else if (current == ArticleStatus.SCHEDULED && requested != null) {
            publishAt(article, requested, now);
        } else if (current == ArticleStatus.DRAFT || current == ArticleStatus.UNPUBLISHED) {
            article.publishAt = requested;
        }
        if (article.status == ArticleStatus.PUBLISHED || article.status == ArticleStatus.SCHEDULED) {
            article.sortAt = Visibility.publicFrom(article.publishedAt, article.embargoUntil);
        }
    }

    /** Publishes now, at a past time (backdating), or schedules for a future time. */
    private static void publishAt(Article article, Instant at, Instant now) {
        Instant when = at == null ? now : at;
        article.status = when.isAfter(now) ? ArticleStatus.SCHEDULED : ArticleStatus.PUBLISHED;
        article.publishAt = when;
        article.publishedAt = when;
        article.sortAt = Visibility.publicFrom(article.publishedAt, article.embargoUntil);
    }

    private void assignSlug(String requested, String language, Article article, boolean creating) {
        if (requested != null) {
            if (Params.uuid(requested).isPresent()) {
                throw DomainException.invalid(FieldError.body("/slug", "must not look like a UUID"));
            }
            if (!requested.equals(article.slug) || !language.equals(article.language)) {
                if (articles.slugTaken(requested, language, article.id)) {
                    throw DomainException.conflict("The slug '" + requested + "' is already used by another "
                            + language + " article.");
                }
                article.slug = requested;
            }
            return;
        }
        // Slugs stay stable on edits: links to the story must keep working.
        if (creating || !language.equals(article.language)) {
            article.slug = freeSlug(Slugs.of(article.headline), language);
        }
    }

    private String freeSlug(String base, String language) {
        List<String> taken = articles.slugsStartingWith(base, language);
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2;; n++) {
            String candidate = base + "-" + n;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private List<BodyBlock> sanitise(List<BodyBlock> body) {
        List<FieldError> errors = new ArrayList<>();
        List<BodyBlock> clean = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            BodyBlock block = body.get(i);
            String at = "/body/" + i;
            switch (block.type()) {
                case PARAGRAPH, HEADING -> {
                    String text = Markup.clean(block.text());
                    if (text == null || Markup.text(text).isBlank()) {
                        errors.add(FieldError.body(at + "/text", "must not be blank for a " + block.type().wireName()));
                    }
                    clean.add(new BodyBlock(block.type(), text, null, null, null, null, null));
                }
                case QUOTE -> {
                    if (block.quoteId() == null) {
                        errors.add(FieldError.body(at + "/quoteId", "is required for a quote block"));
                    }
                    clean.add(new BodyBlock(BlockType.QUOTE, null, block.quoteId(), null, null, null, null));
                }
                case IMAGE -> {
                    if (!httpUrl(block.url())) {
                        errors.add(FieldError.body(at + "/url", "must be an absolute http or https address"));
                    }
                    clean.add(new BodyBlock(BlockType.IMAGE, null, null, block.url(), plain(block.caption()),
                            plain(block.credit()), plain(block.alt())));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        // Sanitising escapes (& becomes &amp;), so a body that arrived within every limit can outgrow its column.
        int stored = BodyJson.length(clean);
        if (stored > BodyJson.MAX_CHARS) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "body-too-large", "Body too large",
                    "Once sanitised the body takes " + stored + " characters; a story holds at most " + BodyJson.MAX_CHARS
                            + ". Shorten it or split it into several stories.",
                    List.of(FieldError.body("/body", "is longer than " + BodyJson.MAX_CHARS + " characters once sanitised")));
        }
        return clean;
    }

    ArticleInput validate(ArticleInput input) {
        return Validation.body(validator, input);
    }

    /** The story in the shape editors write, the base a merge patch applies to. */
    private ArticleInput asInput(Article article) {
        ArticleStatus status = article.statusAt(Time.now(clock));
        boolean live = Visibility.LIVE.contains(status);
        return new ArticleInput(article.headline, article.standfirst, article.slug, article.language,
                article.section.slug, List.copyOf(article.tags), List.copyOf(article.authors), article.dateline,
                article.teaser, article.body, live ? "published" : "draft",
                article.publishAt == null ? null : article.publishAt.atOffset(java.time.ZoneOffset.UTC),
                article.embargoUntil == null ? null : article.embargoUntil.atOffset(java.time.ZoneOffset.UTC),
                article.urgency, article.editorialNote);
    }

    /** RFC 7396: null removes a member, objects merge, anything else replaces. */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        patch.fields().forEachRemaining(entry -> {
            if (entry.getValue().isNull()) {
                result.remove(entry.getKey());
            } else {
                result.set(entry.getKey(), mergePatch(result.get(entry.getKey()), entry.getValue()));
            }
        });
        return result;
    }

    private static List<String> normalise(List<String> values, boolean lowercase) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(v -> v.strip().replaceAll("\\s+", " "))
                .map(v -> lowercase ? v.toLowerCase(Locale.ROOT) : v).toList();
    }

    private static boolean httpUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String plain(String text) {
        return text == null ? null : Params.blankToNull(Markup.text(text));
    }



    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
