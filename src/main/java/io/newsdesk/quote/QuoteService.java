package io.newsdesk.quote;

import io.newsdesk.common.Params;
import io.newsdesk.article.Article;
import io.newsdesk.article.Audience;
import io.newsdesk.article.ArticleChanged;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleService;
import io.newsdesk.article.BlockType;
import io.newsdesk.article.BodyBlock;
import io.newsdesk.article.DemoContent;
import io.newsdesk.article.Slugs;
import io.newsdesk.article.Visibility;
import io.newsdesk.common.Time;
import io.newsdesk.common.Cursor;
import io.newsdesk.common.FieldError;
import io.newsdesk.common.Precondition;
import io.newsdesk.common.Page;
import io.newsdesk.common.DomainException;
import io.newsdesk.common.Validation;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Quotes and their speakers: reading, writing, extracting, and keeping them in step with story bodies. */
@ApplicationScoped
public class QuoteService {
    static final int LATEST_QUOTES = 10;
    /** Column size: longer contexts are cut. */
    private static final int MAX_CONTEXT = 10_000;

    private final Clock clock;
    private final QuoteRepository quotes;
    private final SpeakerRepository speakers;
    private final ArticleRepository articles;
    private final ArticleService articleService;
    private final Validator validator;
    private final QuoteExtractor extractor = new QuoteExtractor();

    private final Event<QuoteChanged> changes;
    private final SaveRule saveRule;
    private final SpeakerAliasRepository aliases;

    public QuoteService(QuoteRepository quotes, SpeakerRepository speakers, ArticleRepository articles,
            ArticleService articleService, Validator validator, Event<QuoteChanged> changes, QuoteConfig config,
            SpeakerAliasRepository aliases, Clock clock) {
        this.clock = clock;
        this.changes = changes;
        this.saveRule = new SaveRule(config);
        this.aliases = aliases;
        this.quotes = quotes;
        this.speakers = speakers;
        this.articles = articles;
        this.articleService = articleService;
        this.validator = validator;
    }

    // ---- reads -------------------------------------------------------------------------------

    /**
     * The located quotes of one story in body order, as other representations of the story (JSON-LD, ninjs)
     * show them. Says nothing about whether the story itself is visible: the caller has decided that.
     */
    @Transactional
    public List<QuoteView> quotesOf(UUID articleId) {
        return quotes.ofArticle(articleId).stream().filter(q -> !q.orphaned).map(QuoteView::from).toList();
    }

    /**
     * One page of the quotes the viewer sees, newest story first.
     *
     * @param speaker a speaker's slug; {@code article} a story's id or slug; {@code words} folded words the quote
     *        contains; any of them null for no filter
     */
    @Transactional
    Page<QuoteView> list(String speaker, String article, String words, String language, Instant since, Viewer viewer,
            Cursor after, int limit) {
        UUID articleId = null;
        if (article != null) {
            Optional<Article> found = articles.findByKey(article, null);
            if (found.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            articleId = found.get().id;
        }
        String speakerSlug = speaker == null ? null : mergedInto(speaker).orElse(speaker);
        QuoteRepository.Filter filter = new QuoteRepository.Filter(speakerSlug, articleId, words, language, since);
        return Page.of(quotes.page(filter, viewer, after, limit), limit, q -> new Cursor(q.article.sortAt, q.id),
                QuoteView::from);
    }

    /** A quote the viewer may see; editors learn that a deleted story's quote is gone. */
    @Transactional
    Optional<QuoteView> find(UUID id, Viewer viewer) {
        Optional<Quote> quote = quotes.findByIdOptional(id);
        if (quote.isPresent() && quote.get().article.deleted() && viewer.editor()) {
            throw DomainException.gone("The story of quote " + id + " was deleted.");
        }
        return quote.filter(viewer::sees).map(QuoteView::from);
    }

    /**
     * A story's quotes in body order, or empty when the viewer may not see the story.
     *
     * @param orphaned only orphaned (true) or only located (false) quotes; null for all the viewer sees
     */
    @Transactional
    Optional<List<QuoteView>> ofArticle(String key, String language, Viewer viewer, Boolean orphaned) {
        Optional<Article> found = articles.findByKey(key, language);
        if (found.isPresent() && found.get().deleted() && viewer.editor()) {
            throw DomainException.gone("The article " + found.get().id + " was deleted.");
        }
        return found.filter(viewer::seesStory)
                .map(article -> quotes.ofArticle(article.id).stream()
                        .filter(viewer::sees)
                        .filter(q -> orphaned == null || q.orphaned == orphaned)
                        .map(QuoteView::from).toList());
    }

    /** @param name folded words the speaker's name contains; null for all */
    @Transactional
    Page<SpeakerView> speakers(String name, Viewer viewer, Cursor after, int limit) {
        List<Speaker> rows = speakers.page(name, viewer, after, limit);
        Map<UUID, Long> counts = quotes.countBySpeaker(rows.stream().map(s -> s.id).toList(), viewer);
        return Page.of(rows, limit, s -> new Cursor(s.createdAt, s.id),
                s -> SpeakerView.from(s, counts.getOrDefault(s.id, 0L), null));
    }

    /** A speaker with their latest quotes; empty for readers when none of their quotes is public. */
    @Transactional
    Optional<SpeakerView> speaker(String slug, Viewer viewer) {
        return speakers.findBySlug(slug).flatMap(speaker -> {
            long count = quotes.countBySpeaker(List.of(speaker.id), viewer).getOrDefault(speaker.id, 0L);
            if (count == 0 && !viewer.editor()) {
                return Optional.empty();
            }
            List<QuoteView> latest = quotes.page(new QuoteRepository.Filter(slug, null, null, null, null), viewer,
                    null, LATEST_QUOTES).stream().limit(LATEST_QUOTES).map(QuoteView::from).toList();
            return Optional.of(SpeakerView.from(speaker, count, latest));
        });
    }

    // ---- writes ------------------------------------------------------------------------------

    @Transactional
    public QuoteView create(UUID articleId, QuoteInput input) {
        return create(articleId, UUID.randomUUID(), input);
    }

    /** Creates a quote under an id it had elsewhere (an import keeps the ids of an export). */
    @Transactional
    public QuoteView create(UUID articleId, UUID id, QuoteInput input) {
        QuoteInput valid = Validation.body(validator, input);
        Article article = articleService.requireLive(articleId);
        Quote quote = new Quote();
        quote.id = id;
        quote.article = article;
        quote.createdAt = Time.now(clock);
        quote.revision = 1;
        apply(valid, quote);
        quotes.persist(quote);
        return saved(quote, QuoteChanged.Kind.CREATED);
    }

    @Transactional
    public QuoteView replace(UUID id, QuoteInput input, Precondition precondition) {
        QuoteInput valid = Validation.body(validator, input);
        Quote quote = requireQuote(id);
        articleService.requireWritable(quote.article);
        precondition.check(quote.revision, "quote");
        apply(valid, quote);
        return saved(quote, QuoteChanged.Kind.UPDATED);
    }

    /** Refused while a quote block of the story shows the quote: the body would point at nothing. */
    @Transactional
    public void delete(UUID id, Precondition precondition) {
        Quote quote = requireQuote(id);
        articleService.requireWritable(quote.article);
        precondition.check(quote.revision, "quote");
        boolean shown = quote.article.body.stream()
                .anyMatch(b -> b.type() == BlockType.QUOTE && id.equals(b.quoteId()));
        if (shown) {
            throw DomainException.conflict("A quote block of article " + quote.article.id
                    + " shows this quote; remove the block from the body first.");
        }
        quotes.delete(quote);
        changes.fire(new QuoteChanged(id, quote.article, QuoteChanged.Kind.DELETED, Time.now(clock)));
    }

    /**
     * The quotes extraction finds in a story's body. With {@code save}, those attributed to a named person or
     * group with at least the configured confidence are saved (once: a place that already has a quote keeps
     * it); the rest are only reported, for an editor to review.
     */
    @Transactional
    public Extraction extract(UUID articleId, boolean save) {
        Article article = articleService.requireLive(articleId);
        List<String> paragraphs = QuoteLocator.paragraphs(article.body);
        List<QuoteCandidate> candidates = new ArrayList<>();
        int saved = 0;
        for (ExtractedQuote found : extractor.extract(paragraphs)) {
            QuoteLocator.Location at = new QuoteLocator.Location(found.blockIndex(), found.start(), found.end());
            SpeakerNames.Who who = SpeakerNames.of(found.speakerName(), found.speakerRole());
            UUID quoteId = quotes.at(article.id, at).map(q -> q.id).orElse(null);
            String slug = who == null ? null : known(who.name(), who.organisation(), true).map(s -> s.slug).orElse(null);
            if (save && quoteId == null && saveRule.saves(found, who)) {
                Quote quote = new Quote();
                quote.id = UUID.randomUUID();
                quote.article = article;
                quote.createdAt = Time.now(clock);
                quote.updatedAt = quote.createdAt;
                quote.revision = 1;
                quote.speaker = speaker(who.name(), who.role(), who.organisation(), null, false,
                        Visibility.isPublic(article, quote.createdAt));
                slug = quote.speaker.slug;
                place(quote, found.text(), at, found.context());
                quote.partial = found.partial();
                quote.language = article.language;
                quotes.persist(quote);
                changes.fire(new QuoteChanged(quote.id, article, QuoteChanged.Kind.CREATED, quote.createdAt));
                quoteId = quote.id;
                saved++;
            }
            QuoteCandidate.CandidateSpeaker speaker = who == null ? null
                    : new QuoteCandidate.CandidateSpeaker(who.name(), who.role(), who.organisation(), slug);
            candidates.add(new QuoteCandidate(found.text(), speaker, found.blockIndex(), found.start(), found.end(),
                    found.partial(), found.context(), quoteId, found.confidence(),
                    QuoteCandidate.Evidence.from(found.evidence())));
        }
        return new Extraction(candidates, saved);
    }

    // ---- speakers an editor corrects ---------------------------------------------------------

    /** The slug a merged speaker's old slug now stands for, if it is one. */
    @Transactional
    Optional<String> mergedInto(String slug) {
        return aliases.findByIdOptional(slug).map(alias -> alias.speaker.slug);
    }

    /**
     * Merges one speaker into another, which keeps all their quotes. The merged speaker's slug redirects to
     * the survivor, and their name and organisation find the survivor when extraction meets them again.
     */
    @Transactional
    public SpeakerView merge(String slug, SpeakerChange.Merge input) {
        SpeakerChange.Merge valid = Validation.body(validator, input);
        Speaker merged = requireSpeaker(slug);
        Speaker survivor = speakers.findBySlug(valid.into().strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> DomainException.invalid(FieldError.body("/into", "is not the slug of a speaker")));
        if (survivor.id.equals(merged.id)) {
            throw DomainException.invalid(FieldError.body("/into", "must name another speaker"));
        }
        Instant now = Time.now(clock);
        quotes.list("speaker", merged).forEach(quote -> move(quote, survivor, now));
        aliases.ofSpeaker(merged).forEach(alias -> alias.speaker = survivor);
        if (survivor.role == null && merged.role != null) {
            survivor.role = merged.role;
        }
        if (survivor.description == null && merged.description != null) {
            survivor.description = merged.description;
        }
        survivor.updatedAt = now;
        SpeakerAlias alias = new SpeakerAlias();
        alias.slug = merged.slug;
        alias.matchKey = merged.matchKey;
        alias.speaker = survivor;
        alias.createdAt = now;
        speakers.delete(merged);
        speakers.flush();
        aliases.persist(alias);
        Log.infof("Speaker %s merged into %s", merged.slug, survivor.slug);
        return editorView(survivor);
    }

    /**
     * Moves some of a speaker's quotes to the speaker with the given name and organisation, created when new.
     * Splitting off a speaker merged earlier undoes the merge: their old slug and name are theirs again.
     */
    @Transactional
    public SpeakerView split(String slug, SpeakerChange.Split input) {
        SpeakerChange.Split valid = Validation.body(validator, input);
        Speaker source = requireSpeaker(slug);
        List<Quote> moving = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < valid.quotes().size(); i++) {
            Optional<Quote> quote = quotes.findByIdOptional(valid.quotes().get(i))
                    .filter(q -> q.speaker.id.equals(source.id));
            if (quote.isPresent()) {
                moving.add(quote.get());
            } else {
                errors.add(FieldError.body("/quotes/" + i, "is not a quote of speaker " + source.slug));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        String name = SpeakerNames.display(valid.name());
        String organisation = Params.blankToNull(SpeakerNames.display(valid.organisation()));
        String key = SpeakerNames.key(name, organisation);
        if (key.equals(source.matchKey)) {
            throw DomainException.invalid(FieldError.body("/name", "names this same speaker"));
        }
        aliases.findByMatchKey(key).ifPresent(alias -> {
            aliases.delete(alias);
            aliases.flush();
        });
        Speaker target = speaker(name, Params.blankToNull(valid.role()), organisation, null, true, true);
        Instant now = Time.now(clock);
        moving.forEach(quote -> move(quote, target, now));
        Log.infof("%d quotes of speaker %s split off to %s", moving.size(), source.slug, target.slug);
        return editorView(target);
    }

    private void move(Quote quote, Speaker to, Instant at) {
        quote.speaker = to;
        quote.updatedAt = at;
        changes.fire(new QuoteChanged(quote.id, quote.article, QuoteChanged.Kind.UPDATED, at));
    }

    private Speaker requireSpeaker(String slug) {
        return speakers.findBySlug(slug).orElseThrow(() -> DomainException.notFound("No speaker '" + slug + "'."));
    }

    private SpeakerView editorView(Speaker speaker) {
        quotes.flush();
        return speaker(speaker.slug, new Viewer(Audience.EDITORIAL, Time.now(clock))).orElseThrow();
    }

    // ---- stories change ----------------------------------------------------------------------

    /**
     * Runs inside every story write: refuses quote blocks that show another story's quote (or none), moves
     * quotes whose words moved, and marks those whose words are gone as orphaned. Sample stories get their
     * quotes extracted and saved as they are loaded, so the demo shows quotes and speakers.
     */
    void onArticleChanged(@Observes ArticleChanged change) {
        Article article = change.article();
        if (article.body.equals(change.previousBody())) {
            return;
        }
        List<BodyBlock> body = article.body;
        checkQuoteBlocks(article, body);
        if (change.previousBody() != null) {
            follow(article, QuoteLocator.paragraphs(change.previousBody()),
                    QuoteLocator.paragraphs(body), change.at());
        }
        if (DemoContent.BY.equals(change.by()) && change.kind() == ArticleChanged.Kind.CREATED) {
            extract(article.id, true);
        }
    }

    private void checkQuoteBlocks(Article article, List<BodyBlock> body) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            BodyBlock block = body.get(i);
            if (block.type() == BlockType.QUOTE && block.quoteId() != null) {
                boolean ours = quotes.findByIdOptional(block.quoteId()).filter(q -> q.article.id.equals(article.id))
                        .isPresent();
                if (!ours) {
                    errors.add(FieldError.body("/body/" + i + "/quoteId",
                            "is not a quote of this article; create it with POST /articles/{id}/quotes first"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    /** Re-locates every quote of the story in its new body; quotes placed first keep their place. */
    private void follow(Article article, List<String> before, List<String> after, Instant at) {
        Set<QuoteLocator.Location> taken = new HashSet<>();
        for (Quote quote : quotes.ofArticle(article.id)) {
            QuoteLocator.Location was = new QuoteLocator.Location(quote.blockIndex, quote.start, quote.end);
            Optional<QuoteLocator.Location> now = QuoteLocator.relocate(before, after, quote.text, was, taken);
            if (now.isEmpty()) {
                if (!quote.orphaned) {
                    Log.infof("Quote %s of article %s is orphaned: its words left the body", quote.id, article.id);
                    quote.orphaned = true;
                    quote.updatedAt = at;
                }
                continue;
            }
            taken.add(now.get());
            if (!now.get().equals(was) || quote.orphaned) {
                QuoteLocator.Location place = now.get();
                String paragraph = after.get(place.block());
                String context = quote.context != null && paragraph.contains(quote.context) ? quote.context
                        : QuoteLocator.sentence(paragraph, place.start(), place.end());
                place(quote, quote.text, place, context);
                quote.orphaned = false;
                quote.updatedAt = at;
            }
        }
    }

    // ---- internals ---------------------------------------------------------------------------

    private void apply(QuoteInput input, Quote quote) {
        Article article = quote.article;
        String text = input.text().strip().replaceAll("\\s+", " ");
        List<String> paragraphs = QuoteLocator.paragraphs(article.body);
        QuoteLocator.Location at = QuoteLocator.find(paragraphs, text, input.blockIndex())
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNPROCESSABLE, "quote-not-in-body", "Quote not in the story",
                        "The quote's text does not occur " + (input.blockIndex() == null ? "in the body"
                                : "in block " + input.blockIndex() + " of the body") + " of article " + article.id
                                + "; quote the words exactly as the body prints them.",
                        List.of(FieldError.body("/text", "does not occur in the article body"))));
        quotes.at(article.id, at).filter(other -> !other.id.equals(quote.id)).ifPresent(other -> {
            throw DomainException.conflict("Those words are already quote " + other.id + ".");
        });
        QuoteInput.SpeakerInput who = input.speaker();
        quote.speaker = speaker(SpeakerNames.display(who.name()), Params.blankToNull(who.role()),
                Params.blankToNull(SpeakerNames.display(who.organisation())), Params.blankToNull(who.description()), true,
                Visibility.isPublic(article, Time.now(clock)));
        String context = Params.blankToNull(input.context());
        place(quote, text, at, context != null ? context
                : QuoteLocator.sentence(paragraphs.get(at.block()), at.start(), at.end()));
        quote.partial = Boolean.TRUE.equals(input.partial());
        quote.language = input.language() == null ? article.language
                : Locale.forLanguageTag(input.language()).toLanguageTag();
        quote.orphaned = false;
        quote.updatedAt = Time.now(clock);
    }

    /** Puts the words at a place of the body. */
    private static void place(Quote quote, String text, QuoteLocator.Location at, String context) {
        quote.text = text;
        quote.textKey = SpeakerNames.fold(text);
        quote.blockIndex = at.block();
        quote.start = at.start();
        quote.end = at.end();
        quote.context = context == null || context.length() <= MAX_CONTEXT ? context : context.substring(0, MAX_CONTEXT);
    }

    /**
     * The speaker with this name and organisation, created when new.
     *
     * @param replace whether a given role and description replace the speaker's (an editor's word) or only fill
     *        gaps (extraction's guess)
     * @param shared whether they may change a speaker that already exists: a speaker is one across stories, so
     *        a quote on a story readers cannot see yet (a draft, a scheduled or embargoed story) must not
     *        change what published stories show of them. Its role and description go only to a new speaker.
     */
    private Speaker speaker(String name, String role, String organisation, String description, boolean replace,
            boolean shared) {
        String key = SpeakerNames.key(name, organisation);
        Instant now = Time.now(clock);
        Optional<Speaker> existing = known(name, organisation, !replace);
        if (existing.isPresent() && !shared) {
            return existing.get();
        }
        Speaker speaker = existing.orElseGet(() -> {
            Speaker created = new Speaker();
            created.id = UUID.randomUUID();
            created.name = name;
            created.organisation = organisation;
            created.matchKey = key;
            created.nameKey = SpeakerNames.fold(name);
            created.slug = freeSlug(name, organisation);
            created.createdAt = now;
            created.updatedAt = now;
            speakers.persist(created);
            return created;
        });
        if (role != null && (replace || speaker.role == null) && !role.equals(speaker.role)) {
            speaker.role = role;
            speaker.updatedAt = now;
        }
        if (description != null && (replace || speaker.description == null) && !description.equals(speaker.description)) {
            speaker.description = description;
            speaker.updatedAt = now;
        }
        return speaker;
    }

    /**
     * The speaker a name and organisation stand for: the same ones folded, or a speaker merged away under
     * them; with {@code byNameAlone} (extraction's guesses), also the one speaker of that name.
     */
    private Optional<Speaker> known(String name, String organisation, boolean byNameAlone) {
        String key = SpeakerNames.key(name, organisation);
        return speakers.findByMatchKey(key)
                .or(() -> aliases.findByMatchKey(key).map(alias -> alias.speaker))
                .or(() -> byNameAlone ? onlyOneOfTheName(name, organisation) : Optional.empty());
    }

    /**
     * Across stories, extraction often knows a person's organisation where an earlier story did not, or the
     * other way round: the one speaker of that name is theirs when one side names no organisation. With two
     * speakers of the name the choice is an editor's (merge or split).
     */
    private Optional<Speaker> onlyOneOfTheName(String name, String organisation) {
        List<Speaker> named = speakers.list("nameKey", SpeakerNames.fold(name));
        return named.size() == 1 && (organisation == null || named.get(0).organisation == null)
                ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** The name's slug; with the organisation's when two speakers share a name; then numbered. */
    private String freeSlug(String name, String organisation) {
        String base = slug(name);
        if (!slugTaken(base)) {
            return base;
        }
        if (organisation != null) {
            base = base + "-" + slug(organisation);
            if (!slugTaken(base)) {
                return base;
            }
        }
        for (int n = 2;; n++) {
            if (!slugTaken(base + "-" + n)) {
                return base + "-" + n;
            }
        }
    }

    /** A merged speaker's old slug stays taken: it redirects to the speaker it was merged into. */
    private boolean slugTaken(String slug) {
        return speakers.slugTaken(slug) || aliases.findByIdOptional(slug).isPresent();
    }

    /** Apostrophes join rather than split words: "Carvenia’s" gives "carvenias", not "carvenia-s". */
    private static String slug(String name) {
        return Slugs.of(name.replaceAll("['’]", ""));
    }

    /** Flushes, so the answer shows the revision the write made. */
    private QuoteView saved(Quote quote, QuoteChanged.Kind kind) {
        quotes.flush();
        changes.fire(new QuoteChanged(quote.id, quote.article, kind, quote.updatedAt));
        return QuoteView.from(quote);
    }

    private Quote requireQuote(UUID id) {
        Quote quote = quotes.findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("No quote with id " + id + "."));
        if (quote.article.deleted()) {
            throw DomainException.gone("The story of quote " + id + " was deleted.");
        }
        return quote;
    }



    // ---- bulk transfer -----------------------------------------------------------------------

    /** The speakers of these slugs as an export carries them, each with the speakers merged into them. */
    @Transactional
    public Map<String, SpeakerRecord> records(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        List<Speaker> found = speakers.list("slug in ?1", Set.copyOf(slugs));
        Map<UUID, List<SpeakerAlias>> merged = found.isEmpty() ? Map.of()
                : aliases.list("speaker in ?1", found).stream().collect(Collectors.groupingBy(a -> a.speaker.id));
        Map<String, SpeakerRecord> records = new HashMap<>();
        found.forEach(s -> records.put(s.slug, SpeakerRecord.of(s, merged.getOrDefault(s.id, List.of()))));
        return records;
    }

    /**
     * What an import adds to a speaker once it has written their quote: a speaker whose only quote this is gets
     * the slug they had where they came from, when it is free here, and the speakers once merged into them
     * redirect to them again unless their slug or name is someone else's here.
     */
    @Transactional
    public void restore(String slug, SpeakerRecord record) {
        Speaker speaker = requireSpeaker(slug);
        String wanted = record.slug();
        if (wanted != null && !wanted.equals(speaker.slug) && Slugs.of(wanted).equals(wanted) && !slugTaken(wanted)
                && quotes.count("speaker", speaker) == 1) {
            speaker.slug = wanted;
            speaker.updatedAt = Time.now(clock);
        }
        for (SpeakerRecord.Alias alias : record.aliases() == null ? List.<SpeakerRecord.Alias>of() : record.aliases()) {
            if (alias == null || alias.slug() == null || alias.name() == null
                    || !Slugs.of(alias.slug()).equals(alias.slug()) || slugTaken(alias.slug())) {
                continue;
            }
            String key = SpeakerNames.key(alias.name(), alias.organisation());
            if (speakers.findByMatchKey(key).isEmpty() && aliases.findByMatchKey(key).isEmpty()) {
                SpeakerAlias restored = new SpeakerAlias();
                restored.slug = alias.slug();
                restored.matchKey = key;
                restored.speaker = speaker;
                restored.createdAt = Time.now(clock);
                aliases.persist(restored);
            }
        }
        speakers.flush();
    }
}
