package io.newsdesk.review;

import io.newsdesk.common.Params;
import io.newsdesk.article.Audience;
import io.newsdesk.article.Visibility;

import io.newsdesk.article.ReviewSummaries;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleService;
import io.newsdesk.common.Time;
import io.newsdesk.common.Cursor;
import io.newsdesk.common.FieldError;
import io.newsdesk.common.Precondition;
import io.newsdesk.common.Page;
import io.newsdesk.common.DomainException;
import io.newsdesk.common.Validation;
import io.quarkus.logging.Log;
import io.newsdesk.common.cache.Purge;
import io.newsdesk.common.cache.SurrogateKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException;

/** Submission, spam triage, public reading and moderation of reader reviews. */
@ApplicationScoped
class ReviewService {
    /** Who the history names for the status a submission is given on arrival. */
    static final String READER = "reader";
    static final String SPAM_FILTER = "spam-filter";
    private static final String FINGERPRINT_CONSTRAINT = "uq_review_fingerprint";

    private final Clock clock;
    private final ReviewRepository reviews;
    private final ReviewModerationRepository history;
    private final ReviewSettingsRepository settings;
    private final ArticleRepository articles;
    private final ArticleService stories;
    private final ReviewSummaries summaries;
    private final Validator validator;
    private final SpamHeuristics spam;

    private final Event<Purge> purges;

    public ReviewService(ReviewRepository reviews, ReviewModerationRepository history,
            ReviewSettingsRepository settings, ArticleRepository articles, ArticleService stories,
            ReviewSummaries summaries, Validator validator, ReviewConfig config, Event<Purge> purges, Clock clock) {
        this.clock = clock;
        this.purges = purges;
        this.stories = stories;
        this.reviews = reviews;
        this.history = history;
        this.settings = settings;
        this.articles = articles;
        this.summaries = summaries;
        this.validator = validator;
        this.spam = SpamHeuristics.from(config.spam());
    }

    // ---- readers -----------------------------------------------------------------------------

    /**
     * Takes a reader's review. Whatever the spam checks decide, the answer is the same "pending"
     * receipt: a spammer cannot tell which submissions got through.
     *
     * @param audience who submits: the story must be public and in a section they may read
     */
    @Transactional
    public ReviewReceipt submit(String articleKey, ReviewInput input, Audience audience) {
        Article article = publicArticle(articleKey, audience);
        if (settings.closed(article.id)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "reviews-closed", "Reviews closed",
                    "This story takes no more reviews.", null);
        }
        Validation.body(validator, input);
        Instant now = Time.now(clock);
        Review review = new Review();
        review.id = UUID.randomUUID();
        review.articleId = article.id;
        review.rating = input.rating();
        review.title = Params.blankToNull(ReviewText.clean(input.title()));
        review.body = ReviewText.clean(input.body());
        review.authorName = ReviewText.clean(input.authorName()).replaceAll("\\s+", " ");
        review.email = input.email() == null || input.email().isBlank() ? null : normaliseEmail(input.email());
        review.language = input.language() == null ? article.language
                : Locale.forLanguageTag(input.language()).toLanguageTag();
        review.createdAt = now;
        review.updatedAt = now;
        review.version = 1;
        String reason;
        if (input.website() != null && !input.website().isBlank()) {
            // No fingerprint: a bot re-sending the same text must not learn it was caught by a 409.
            reason = "honeypot field filled in";
        } else {
            review.fingerprint = ReviewText.fingerprint(article.id, review.authorName, review.body);
            if (reviews.fingerprintTaken(review.fingerprint)) {
                throw duplicate();
            }
            List<String> reasons = spam.reasons(review.authorName, review.title, review.body);
            reason = reasons.isEmpty() ? null : String.join("; ", reasons);
        }
        review.status = reason == null ? ReviewStatus.PENDING : ReviewStatus.SPAM;
        review.spamReason = reason == null ? null : truncate(reason, 500);
        reviews.persist(review);
        record(review, null, review.spamReason, reason == null ? READER : SPAM_FILTER, now);
        try {
            reviews.flush();
        } catch (ConstraintViolationException e) {
            // The same review sent twice at once: both passed the check above, the index lets one in.
            if (String.valueOf(e.getConstraintName()).toLowerCase(Locale.ROOT).contains(FINGERPRINT_CONSTRAINT)) {
                throw duplicate();
            }
            throw e;
        }
        Log.infof("Review %s of article %s arrived as %s", review.id, article.id, review.status.wireName());
        return ReviewReceipt.pending(review);
    }

    /** A public story's approved reviews, newest first, with the summary and whether it still takes reviews. */
    @Transactional
    public ReviewList approved(String articleKey, Cursor after, int limit, Audience audience) {
        Article article = publicArticle(articleKey, audience);
        Page<ReviewView> page = Page.of(reviews.approvedPage(article.id, after, limit), limit,
                r -> new Cursor(r.createdAt, r.id), ReviewView::from);
        return new ReviewList(page.items(), page.next(), summaries.of(article.id), settings.closed(article.id));
    }

    // ---- editors -----------------------------------------------------------------------------

    /**
     * Opens or closes a story for reviews. Editors may do it on drafts too, so a story can go out closed;
     * moderators only on stories readers can see now: anything else is not found, as if it did not exist.
     */
    @Transactional
    public SettingsView settings(UUID articleId, SettingsView.Input input, Audience audience, String by) {
        if (!audience.editorial()) {
            articles.findByIdOptional(articleId).filter(a -> Visibility.sees(audience.asReader(), a, Time.now(clock)))
                    .orElseThrow(() -> DomainException.notFound("No article with id " + articleId + "."));
        }
        Validation.body(validator, input);
        stories.requireLive(articleId);
        ReviewSettings current = settings.findByIdOptional(articleId).orElse(null);
        if (current == null) {
            current = new ReviewSettings();
            current.articleId = articleId;
        }
        current.closed = input.closed();
        current.updatedAt = Time.now(clock);
        current.updatedBy = by;
        settings.persist(current);
        return SettingsView.from(current);
    }

    // ---- moderators --------------------------------------------------------------------------

    /**
     * The moderation queue, oldest first.
     *
     * @param articleKey id or slug of the only story to list: for moderators one readers can see or could
     *        see before it was withdrawn (a draft's id is as unknown as a made-up one); null for all
     */
    @Transactional
    public Page<ModerationView> queue(ReviewStatus status, String articleKey, Cursor after, int limit, Audience audience) {
        Audience asPartner = new Audience(audience.editorial(), true, audience.sections());
        UUID articleId = articleKey == null ? null : articles.findByKey(articleKey, null)
                .filter(a -> audience.editorial() || Visibility.sight(asPartner, a, Time.now(clock)) != Visibility.Sight.HIDDEN)
                .map(a -> a.id)
                .orElseThrow(() -> DomainException.invalid(
                        FieldError.parameter("article", "is not the id or slug of a story")));
        return Page.of(reviews.queue(status, articleId, after, limit), limit, r -> new Cursor(r.createdAt, r.id),
                r -> ModerationView.from(r, null));
    }

    @Transactional
    public Optional<ModerationView> find(UUID id) {
        return reviews.findByIdOptional(id).map(r -> ModerationView.from(r, history.history(r.id)));
    }

    /** One decision on one review; If-Match (required) makes sure it is taken on what the moderator saw. */
    @Transactional
    public ModerationView moderate(UUID id, ModerationInput input, Precondition precondition, String by) {
        Review review = require(id);
        precondition.check(review.version, "review");
        Validation.body(validator, input);
        change(review, input.status(), input.note(), by, Time.now(clock));
        // Now, not at commit: a concurrent decision on the same version fails here, as a 412.
        reviews.flush();
        return ModerationView.from(review, history.history(review.id));
    }

    /** One decision on up to 100 reviews, all or none. */
    @Transactional
    public List<ModerationView> moderateAll(BulkModerationInput input, String by) {
        Validation.body(validator, input);
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(input.ids()));
        Map<UUID, Review> found = reviews.listByIds(ids).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<FieldError> missing = new ArrayList<>();
        for (int i = 0; i < input.ids().size(); i++) {
            if (!found.containsKey(input.ids().get(i))) {
                missing.add(FieldError.body("/ids/" + i, "is not the id of a review"));
            }
        }
        if (!missing.isEmpty()) {
            throw DomainException.invalid(missing);
        }
        Instant now = Time.now(clock);
        ids.forEach(id -> change(found.get(id), input.status(), input.note(), by, now));
        reviews.flush();
        return ids.stream().map(id -> ModerationView.from(found.get(id), null)).toList();
    }

    @Transactional
    public void delete(UUID id, Precondition precondition, String by) {
        Review review = require(id);
        precondition.check(review.version, "review");
        if (review.status == ReviewStatus.APPROVED) {
            summaryChanged(review.articleId);
        }
        reviews.delete(review);
        reviews.flush();
        Log.infof("Review %s deleted by %s", id, by);
    }

    /** Erases every review of an e-mail address, with its history. The address itself is never logged. */
    @Transactional
    public long erase(ErasureInput input, String by) {
        Validation.body(validator, input);
        long erased = reviews.deleteByEmail(normaliseEmail(input.email()));
        if (erased > 0) {
            // The summaries of whichever stories they were on: not worth a query, erasures are rare.
            purges.fire(Purge.of(SurrogateKeys.ALL));
        }
        Log.infof("Erasure request by %s removed %d reviews", by, erased);
        return erased;
    }

    // ---- internals ---------------------------------------------------------------------------

    /** A story any reader may see now; anything else is 404, so drafts do not reveal themselves. */
    private Article publicArticle(String key, Audience audience) {
        return articles.findByKey(key, null)
                .filter(a -> Visibility.sees(audience.asReader(), a, Time.now(clock)))
                .orElseThrow(() -> DomainException.notFound("No published article '" + key + "'."));
    }

    private Review require(UUID id) {
        return reviews.findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("No review with id " + id + "."));
    }

    /** Records a decision. One that neither changes the status nor says anything is no change at all. */
    private void change(Review review, ReviewStatus status, String note, String by, Instant now) {
        String text = Params.blankToNull(note);
        if (review.status == status && text == null) {
            return;
        }
        ReviewStatus before = review.status;
        review.status = status;
        review.moderationNote = text;
        review.moderatedBy = by;
        review.moderatedAt = now;
        review.updatedAt = now;
        record(review, before, text, by, now);
        if (before == ReviewStatus.APPROVED || status == ReviewStatus.APPROVED) {
            summaryChanged(review.articleId);
        }
    }

    /** The story shows its approved reviews' summary: its cached copies go when this commits. */
    private void summaryChanged(UUID articleId) {
        purges.fire(Purge.of(SurrogateKeys.story(articleId)));
    }

    private void record(Review review, ReviewStatus from, String note, String by, Instant at) {
        ReviewModeration change = new ReviewModeration();
        change.id = UUID.randomUUID();
        change.reviewId = review.id;
        change.fromStatus = from;
        change.toStatus = review.status;
        change.note = note;
        change.moderatedBy = by;
        change.moderatedAt = at;
        history.persist(change);
    }

    private static DomainException duplicate() {
        return new DomainException(DomainException.Kind.CONFLICT, "duplicate-review", "Duplicate review",
                "This author has already submitted this review of this story.", null);
    }

    private static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }


}
