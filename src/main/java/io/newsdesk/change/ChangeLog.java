package io.newsdesk.change;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleChanged;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.Audience;
import io.newsdesk.article.Visibility;
import io.newsdesk.common.DomainException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The change log behind {@code GET /changes} and the webhooks. Appends happen inside the writing
 * transaction and take the head row's lock first, so entries commit in the order of their numbers:
 * a poller that has seen entry n will never find a smaller number appear later.
 */
@ApplicationScoped
class ChangeLog {
    /** Late commits of stories scheduled shortly before a sweep still get their entry from the next one. */
    private static final Duration SWEEP_OVERLAP = Duration.ofMinutes(10);
    /** Stories one sweep transaction records at most: the head's lock is held that long. */
    private static final int SWEEP_BATCH = 20;
    /** Entries one purge transaction deletes at most (numbers are dense, so a range of this size). */
    private static final int PURGE_BATCH = 2000;

    private final ChangeLogRepository entries;
    private final ArticleRepository articles;
    private final Event<ChangeRecorded> recorded;
    private final Event<ChangesPurged> purged;
    private final ChangeLogConfig config;

    public ChangeLog(ChangeLogRepository entries, ArticleRepository articles, Event<ChangeRecorded> recorded, Event<ChangesPurged> purged,
            ChangeLogConfig config) {
        this.entries = entries;
        this.articles = articles;
        this.recorded = recorded;
        this.purged = purged;
        this.config = config;
    }

    /** Synchronous: the entry commits or rolls back with the story. */
    void onArticleChanged(@Observes ArticleChanged event) {
        append(new Change(Change.ARTICLE, event.article().id, event.article(), ChangeType.of(event.kind()), event.at()));
    }

    /** Quotes are part of their story's feed: a partner syncing quotes hears of them in the same order. */
    void onQuoteChanged(@Observes io.newsdesk.quote.QuoteChanged event) {
        ChangeType type = switch (event.kind()) {
            case CREATED -> ChangeType.CREATED;
            case UPDATED -> ChangeType.UPDATED;
            case DELETED -> ChangeType.DELETED;
        };
        append(new Change(Change.QUOTE, event.quoteId(), event.article(), type, event.at()));
    }

    /** Appends one change, and its webhook deliveries, to the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ChangeEntry append(Change change) {
        ChangeLogHead head = entries.lockHead();
        Article article = change.article();
        StoryState state = entries.stateOf(article.id).orElseGet(() -> newState(article.id));
        ChangeEntry entry = new ChangeEntry();
        entry.seq = ++head.lastSeq;
        entry.entity = change.entity();
        entry.entityId = change.entityId();
        entry.articleId = article.id;
        entry.slug = article.slug;
        entry.section = article.section.slug;
        entry.previousSection = state.section;
        entry.revision = article.revision;
        entry.publicBefore = state.visible;
        entry.publicAfter = Visibility.isPublic(article, change.at());
        entry.type = change.type().asSeen(entry.publicBefore, entry.publicAfter);
        entry.at = change.at();
        entries.persist(entry);
        state.visible = entry.publicAfter;
        state.section = entry.section;
        state.lastSeq = entry.seq;
        recorded.fire(new ChangeRecorded(entry));
        return entry;
    }

    /** A story never recorded: readers could not see it. Safe to insert: the head's lock is held. */
    private StoryState newState(UUID articleId) {
        StoryState state = new StoryState();
        state.articleId = articleId;
        entries.getEntityManager().persist(state);
        return state;
    }

    /**
     * One page of the feed after a cursor.
     *
     * @param audience editors see every change; others only changes of stories readers could see, and
     *        partner keys limited to some sections only those sections' changes
     */
    @Transactional
    public ChangePage read(String after, int limit, Audience audience) {
        boolean editorial = audience.editorial();
        Set<String> sections = audience.sections();
        ChangeLogHead head = entries.head();
        long upTo = head.lastSeq;
        long from;
        if (after == null || after.isBlank()) {
            from = head.purgedThrough;
        } else if (ChangeCursor.LATEST.equalsIgnoreCase(after.trim())) {
            return new ChangePage(List.of(), ChangeCursor.encode(upTo), false);
        } else {
            from = ChangeCursor.decode(after);
        }
        checkRetained(from, head.purgedThrough);
        if (sections != null && sections.isEmpty()) {
            // A key limited to no section hears of nothing.
            return new ChangePage(List.of(), ChangeCursor.encode(Math.max(from, upTo)), false);
        }
        List<ChangeEntry> rows = entries.page(from, upTo, !editorial, sections, limit);
        // A purge may have committed since the head was read: entries it removed must not look like none.
        checkRetained(from, entries.head().purgedThrough);
        boolean more = rows.size() > limit;
        List<ChangeEntry> shown = more ? rows.subList(0, limit) : rows;
        long next = more ? shown.get(shown.size() - 1).seq : Math.max(from, upTo);
        return new ChangePage(shown.stream().map(e -> ChangeView.of(e, editorial, sections)).toList(),
                ChangeCursor.encode(next), more);
    }

    /**
     * Records stories that became public by the clock since the last sweep (scheduled, or embargoed
     * until now) as published: no write happens at that moment, yet partners must hear of it. The
     * search for them is one query that takes no lock; only stories found take the head's lock, in
     * batches of their own short transactions, so writers never wait on the sweep for long. On many
     * nodes, a story another node recorded meanwhile is seen under the lock and skipped.
     */
    @Transactional(Transactional.TxType.NEVER)
    public int recordDuePublications(Instant now) {
        Instant from = QuarkusTransaction.requiringNew().call(() -> entries.head().dueSweptUntil.minus(SWEEP_OVERLAP));
        int recorded = 0;
        List<UUID> due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> entries.becamePublicUnrecorded(from, now, SWEEP_BATCH));
            List<UUID> batch = due;
            recorded += QuarkusTransaction.requiringNew().call(() -> recordPublished(batch, now));
        } while (due.size() == SWEEP_BATCH);
        QuarkusTransaction.requiringNew().run(() -> {
            ChangeLogHead head = entries.lockHead();
            if (now.isAfter(head.dueSweptUntil)) {
                head.dueSweptUntil = now;
            }
        });
        return recorded;
    }

    private int recordPublished(List<UUID> stories, Instant now) {
        if (stories.isEmpty()) {
            return 0;
        }
        entries.lockHead();
        int recorded = 0;
        for (Article article : articles.listByIds(stories)) {
            boolean known = entries.stateOf(article.id).map(s -> s.visible).orElse(false);
            if (!known && Visibility.isPublic(article, now)) {
                append(new Change(Change.ARTICLE, article.id, article, ChangeType.PUBLISHED, now));
                recorded++;
            }
        }
        return recorded;
    }

    /**
     * Removes entries (and finished webhook deliveries) older than the retention. What each story
     * looked like to partners stays in its {@link StoryState}, which the purge never touches. The
     * head's lock is taken once, for one update that tells readers where the log now starts; the
     * entries go after that in batches of their own transactions, which lock only rows no writer
     * touches. A purge cut short leaves entries below that point, and the next one removes them.
     */
    @Transactional(Transactional.TxType.NEVER)
    public long purge(Instant now) {
        Instant cutoff = now.minus(config.retention());
        // Found without a lock: entries only get newer, so the newest one before the cutoff stays so.
        Optional<Long> last = QuarkusTransaction.requiringNew().call(() -> entries.lastSeqBefore(cutoff));
        long removed = 0;
        if (last.isPresent()) {
            long through = last.get();
            long oldest = QuarkusTransaction.requiringNew().call(() -> {
                ChangeLogHead head = entries.lockHead();
                head.purgedThrough = Math.max(head.purgedThrough, through);
                return entries.oldestSeq().orElse(through + 1);
            });
            for (long from = oldest - 1; from < through; from += PURGE_BATCH) {
                long after = from;
                long upTo = Math.min(from + PURGE_BATCH, through);
                removed += QuarkusTransaction.requiringNew().call(() -> entries.deleteBetween(after, upTo));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> purged.fire(new ChangesPurged(cutoff)));
        return removed;
    }

    private void checkRetained(long from, long purgedThrough) {
        if (from < purgedThrough) {
            throw new DomainException(DomainException.Kind.GONE, "cursor-expired", "Cursor expired", "Changes after this cursor are older "
                    + "than the retention (" + config.retention().toDays() + " days) and were removed. Resync: take a new "
                    + "cursor with after=latest, read the stories again from /articles, then poll from that cursor.",
                    null);
        }
    }
}
