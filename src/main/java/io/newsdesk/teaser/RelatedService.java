package io.newsdesk.teaser;

import io.newsdesk.article.Audience;
import io.newsdesk.article.Visibility;

import io.newsdesk.quote.QuoteSpeakerOverlap;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleService;
import io.newsdesk.common.Time;
import io.newsdesk.common.FieldError;
import io.newsdesk.common.DomainException;
import io.newsdesk.common.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Related stories: the editor's picks first, in the editor's order, then automatic matches ranked
 * by shared tags and speakers, text similarity, a shared section and recency.
 */
@ApplicationScoped
class RelatedService {
    /** How many candidates each kind of match contributes before ranking. */
    static final int CANDIDATES = 100;
    /** At most this many significant words of a story look for stories with similar text. */
    static final int KEYWORDS = 12;
    // A shared tag or speaker is a strong signal; very similar text (cosine near 1) a little stronger
    // still; a shared section alone is weak. Recency adds at most 1 and decides among equals.
    static final double TAG = 3;
    static final double SPEAKER = 3;
    static final double TEXT = 4;
    static final double SECTION = 1;

    private final Clock clock;
    private final ArticleRepository articles;
    private final ArticleService stories;
    private final RelatedRepository related;
    private final SearchEngine search;
    private final QuoteSpeakerOverlap speakers;
    private final Validator validator;

    public RelatedService(ArticleRepository articles, ArticleService stories, RelatedRepository related,
            SearchEngine search, QuoteSpeakerOverlap speakers, Validator validator, Clock clock) {
        this.clock = clock;
        this.articles = articles;
        this.stories = stories;
        this.related = related;
        this.search = search;
        this.speakers = speakers;
        this.validator = validator;
    }

    /**
     * What to show as related and to whom.
     *
     * @param language the related stories' language; null for the story's own
     * @param anyLanguage whether stories in every language may be related
     * @param editor whether the caller may see a story that is not public (its related stories stay public)
     * @param audience who asks: the source story must be visible to them, related ones public and in their sections
     */
    public record Request(String key, String language, boolean anyLanguage, int limit, Audience audience) {
    }

    /** A story that may be related, weighed. */
    record Candidate(Article article, double score, RelatedReason reason) {
    }

    @Transactional
    public List<RelatedTeaser> related(Request request) {
        Instant now = Time.now(clock);
        Article source = source(request, now);
        String language = request.anyLanguage() ? null
                : request.language() != null ? request.language() : source.language;
        Audience readers = request.audience().asReader();
        Predicate<Article> shown = a -> !a.id.equals(source.id) && Visibility.sees(readers, a, now)
                && (language == null || language.equals(a.language));
        Map<UUID, RelatedReason> reasons = new LinkedHashMap<>();
        List<Article> chosen = new ArrayList<>();
        for (Article pick : articles.listByIds(related.picks(source.id))) {
            boolean first = shown.test(pick) && reasons.putIfAbsent(pick.id, RelatedReason.EDITORIAL) == null;
            if (first && chosen.size() < request.limit()) {
                chosen.add(pick);
            }
        }
        for (Candidate match : automatic(source, language, readers, now, shown)) {
            if (chosen.size() >= request.limit()) {
                break;
            }
            if (reasons.putIfAbsent(match.article().id, match.reason()) == null) {
                chosen.add(match.article());
            }
        }
        return stories.teasers(chosen, now).stream().map(t -> new RelatedTeaser(t, reasons.get(t.id()))).toList();
    }

    /** Replaces an editor's picks for a story; each must be another live story, named once. */
    @Transactional
    public RelatedPicks replacePicks(UUID id, RelatedPicks input) {
        Article source = stories.requireLive(id);
        Validation.body(validator, input);
        List<FieldError> errors = new ArrayList<>();
        Map<UUID, Article> known = new HashMap<>();
        articles.listByIds(input.ids()).forEach(a -> known.put(a.id, a));
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < input.ids().size(); i++) {
            UUID pick = input.ids().get(i);
            String pointer = "/ids/" + i;
            Integer first = seen.putIfAbsent(pick, i);
            if (pick.equals(id)) {
                errors.add(FieldError.body(pointer, "is the story itself"));
            } else if (first != null) {
                errors.add(FieldError.body(pointer, "repeats /ids/" + first));
            } else if (!known.containsKey(pick)) {
                errors.add(FieldError.body(pointer, "is not a story"));
            } else if (known.get(pick).deleted()) {
                errors.add(FieldError.body(pointer, "is a deleted story"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        related.replacePicks(id, input.ids());
        return new RelatedPicks(List.copyOf(input.ids()));
    }

    private Article source(Request request, Instant now) {
        Optional<Article> found = articles.findByKey(request.key(), request.language());
        if (found.isEmpty() && request.language() != null) {
            found = articles.findByKey(request.key(), null);
        }
        Article source = found.orElseThrow(() -> DomainException.notFound("No published article '" + request.key() + "'."));
        if (source.deleted() && request.audience().editorial()) {
            throw DomainException.gone("The article " + source.id + " was deleted.");
        }
        if (!Visibility.sees(request.audience(), source, now)) {
            throw DomainException.notFound("No published article '" + request.key() + "'.");
        }
        return source;
    }

    /** Stories that share tags, speakers, words or the section with the source, best first. */
    private List<Candidate> automatic(Article source, String language, Audience readers, Instant now,
            Predicate<Article> shown) {
        Set<UUID> ids = new LinkedHashSet<>(related.sharingTags(source.id, source.tags, language, readers, now,
                CANDIDATES).keySet());
        Map<UUID, Integer> sharedSpeakers = speakers.sharedSpeakers(source.id, CANDIDATES);
        ids.addAll(sharedSpeakers.keySet());
        ArticleRepository.Filter sameSection = new ArticleRepository.Filter(source.section.slug, null, null, language,
                null, null, null, readers, now);
        articles.page(sameSection, null, CANDIDATES).forEach(a -> ids.add(a.id));
        Set<String> keywords = TextSimilarity.keywords(source.headline, source.standfirst, source.teaser);
        if (!keywords.isEmpty()) {
            SearchQuery alike = SearchQuery.anyOf(keywords.stream().limit(KEYWORDS).toList());
            search.find(alike, new SearchEngine.Scope(null, language, null, null, readers.sections(), now), null, CANDIDATES)
                    .forEach(m -> ids.add(m.id()));
        }
        Set<String> stems = TextSimilarity.stems(keywords);
        return articles.listByIds(new ArrayList<>(ids)).stream().filter(shown)
                .map(a -> weigh(source, a, stems, sharedSpeakers.getOrDefault(a.id, 0), now))
                .filter(c -> c.reason() != null)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(c -> c.article().sortAt, Comparator.reverseOrder())
                        .thenComparing(c -> c.article().id))
                .toList();
    }

    /**
     * How related a candidate is; its reason is the signal that weighed most (ties in the order tags,
     * speakers, text, section). A candidate with none of them is not related, however recent.
     */
    static Candidate weigh(Article source, Article candidate, Set<String> sourceStems, int sharedSpeakers, Instant now) {
        long sharedTags = candidate.tags.stream().filter(source.tags::contains).count();
        double text = TextSimilarity.similarity(sourceStems, TextSimilarity.stems(
                TextSimilarity.keywords(candidate.headline, candidate.standfirst, candidate.teaser)));
        boolean sameSection = candidate.section.id.equals(source.section.id);
        double[] signals = { TAG * sharedTags, SPEAKER * sharedSpeakers, TEXT * text, sameSection ? SECTION : 0 };
        RelatedReason[] reasons = { RelatedReason.SAME_TAGS, RelatedReason.SAME_SPEAKER, RelatedReason.SIMILAR_TEXT,
            RelatedReason.SAME_SECTION };
        int strongest = 0;
        double score = 0;
        for (int i = 0; i < signals.length; i++) {
            score += signals[i];
            if (signals[i] > signals[strongest]) {
                strongest = i;
            }
        }
        double ageDays = Math.max(0, Duration.between(candidate.sortAt, now).toMinutes() / 1440.0);
        return new Candidate(candidate, score + 1 / (1 + ageDays), score > 0 ? reasons[strongest] : null);
    }
}
