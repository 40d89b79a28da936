package io.newsdesk.teaser;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleChanged;
import io.newsdesk.article.ArticleService;
import io.newsdesk.article.ArticleStatus;
import io.newsdesk.article.Markup;
import io.newsdesk.article.Visibility;
import io.quarkus.arc.properties.UnlessBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded database's search index: one Lucene document per story readers could see now or
 * later (published or scheduled, not deleted), in the data folder. A write reaches the index only
 * once its transaction has committed, so a rolled-back write never shows; whether a scheduled or
 * embargoed story is public yet is decided when searching, from the time stored with it.
 *
 * <p>The index is a copy of the database and never the other way round: at start it is rebuilt
 * from the database when it is missing, unreadable, of another format, or out of step (another
 * number of stories, or older than the newest change).
 */
@ApplicationScoped
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class LuceneIndex {
    static final String ID = "id";
    static final String SORT_AT = "sort_at";
    static final String SECTION = "section";
    static final String LANGUAGE = "language";
    static final String HEAD = "head";
    static final String LEAD = "lead";
    static final String BODY = "body";
    /**
     * What a snippet is cut from: the standfirst and the plain body, with the offsets of its words in
     * the postings, so the highlighter finds the matches without analysing the text again. The text is
     * not stored: the highlighter takes it from the story as loaded, when it is the text indexed, which
     * {@link #SNIPPET_KEY} tells.
     */
    static final String SNIPPET = "snippet";
    static final String SNIPPET_KEY = "snippet_key";
    private static final FieldType SNIPPET_TYPE = snippetType();
    /** Changes whenever documents change shape: an index written in another format is rebuilt. */
    private static final String FORMAT = "2";
    private static final String FORMAT_KEY = "newsdesk.format";
    /** The newest change the index holds (epoch nanoseconds of the story's updatedAt). */
    private static final String CHANGED_KEY = "newsdesk.changed";
    /** Stories that are or will by the clock become public; the query filters by their public time. */
    private static final java.util.Set<ArticleStatus> INDEXED = Visibility.LIVE;
    private static final int BATCH = 500;
    /** Every text field is analysed in the configuration its name ends with. */
    private static final Analyzer ANALYZER = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String field) {
            return SearchLanguage.ofField(field).analyzer();
        }
    };

    private final SearchConfig config;
    private final EntityManager em;
    private final ArticleService articles;
    private final TransactionSynchronizationRegistry transactions;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private long changed;

    LuceneIndex(SearchConfig config, EntityManager em, ArticleService articles,
            TransactionSynchronizationRegistry transactions) {
        this.config = config;
        this.em = em;
        this.articles = articles;
        this.transactions = transactions;
    }

    /** What a story looks like to the index: its document, or null when readers will never see it as it is. */
    private record Entry(UUID id, Document document, Instant changedAt) {
    }

    /** Opens before the demo content is written, so that content reaches the index like any other write. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        open();
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    /** Queues the change for the index when the story's transaction commits; dropped when it rolls back. */
    void onChange(@Observes ArticleChanged change) {
        Entry entry = entry(change.article());
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            apply(List.of(entry));
            return;
        }
        if (status != Status.STATUS_ACTIVE) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<UUID, Entry> queued = (Map<UUID, Entry>) transactions.getResource(this);
        if (queued == null) {
            Map<UUID, Entry> pending = new LinkedHashMap<>();
            transactions.putResource(this, pending);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int outcome) {
                    if (outcome == Status.STATUS_COMMITTED) {
                        apply(pending.values());
                    }
                }
            });
            queued = pending;
        }
        queued.put(entry.id(), entry);
    }

    /** Runs a query on the index as it stands after the last applied change. */
    <T> T search(IOFunction<IndexSearcher, T> query) {
        try {
            SearcherManager manager = searchers();
            IndexSearcher searcher = manager.acquire();
            try {
                return query.apply(searcher);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface IOFunction<A, B> {
        B apply(A a) throws IOException;
    }

    /**
     * Makes what was applied durable. Applied changes are searchable at once; a crash before this
     * runs loses only the index's copy of them, and the next start sees the index is behind.
     */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void commit() {
        if (writer == null || !writer.hasUncommittedChanges()) {
            return;
        }
        try {
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, CHANGED_KEY, Long.toString(changed)).entrySet());
            writer.commit();
        } catch (IOException e) {
            Log.errorf(e, "Could not commit the search index in %s", config.indexDir());
        }
    }

    /** Opens the index in the configured folder, first rebuilding it from the database when it is not a true copy. */
    synchronized void open() {
        if (writer != null) {
            return;
        }
        try {
            Files.createDirectories(config.indexDir());
            directory = FSDirectory.open(config.indexDir());
            Map<String, String> committed = committedData();
            writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER).setOpenMode(
                    committed == null ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND));
            changed = committed == null ? Long.MIN_VALUE : Long.parseLong(committed.getOrDefault(CHANGED_KEY, "0"));
            String stale = QuarkusTransaction.requiringNew().call(() -> staleness(committed));
            if (stale != null) {
                Log.infof("Rebuilding the search index in %s: %s", config.indexDir(), stale);
                long started = System.nanoTime();
                int stories = QuarkusTransaction.requiringNew().call(this::rebuild);
                commit();
                Log.infof("Indexed %d stories for search in %d ms", stories, (System.nanoTime() - started) / 1_000_000);
            }
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index in " + config.indexDir(), e);
        }
    }

    /** Commits and closes the index; {@link #open()} opens it again. */
    synchronized void close() {
        if (writer == null) {
            return;
        }
        try {
            commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            Log.errorf(e, "Could not close the search index in %s", config.indexDir());
        } finally {
            writer = null;
            searchers = null;
            directory = null;
        }
    }

    /** The user data of the last commit, or null when there is no readable index of this format. */
    private Map<String, String> committedData() {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return null;
            }
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            return FORMAT.equals(data.get(FORMAT_KEY)) ? data : null;
        } catch (IOException | RuntimeException e) {
            Log.warnf("The search index in %s is unreadable (%s); it will be rebuilt", config.indexDir(), e.toString());
            return null;
        }
    }

    /** Why the index is not a copy of the database, or null when it is. */
    private String staleness(Map<String, String> committed) {
        if (committed == null) {
            return "no index of format " + FORMAT;
        }
        long stories = em.createQuery("select count(a) from Article a where a.deletedAt is null and a.status in :indexed",
                Long.class).setParameter("indexed", INDEXED).getSingleResult();
        int documents = writer.getDocStats().numDocs;
        if (stories != documents) {
            return documents + " stories indexed, " + stories + " in the database";
        }
        Instant newest = em.createQuery("select max(a.updatedAt) from Article a", Instant.class).getSingleResult();
        if (newest != null && nanos(newest) > changed) {
            return "changes since the index was last saved";
        }
        return null;
    }

    private int rebuild() throws IOException {
        writer.deleteAll();
        changed = Long.MIN_VALUE;
        Instant newest = em.createQuery("select max(a.updatedAt) from Article a", Instant.class).getSingleResult();
        int count = 0;
        UUID after = null;
        while (true) {
            var query = em.createQuery("select a from Article a join fetch a.section where a.deletedAt is null "
                    + "and a.status in :indexed" + (after == null ? "" : " and a.id > :after") + " order by a.id",
                    Article.class).setParameter("indexed", INDEXED).setMaxResults(BATCH);
            List<Article> batch = (after == null ? query : query.setParameter("after", after)).getResultList();
            for (Article story : batch) {
                writer.addDocument(entry(story).document());
                count++;
            }
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).id;
            em.clear();
        }
        if (newest != null) {
            changed = nanos(newest);
        }
        return count;
    }

    private void apply(Collection<Entry> entries) {
        try {
            for (Entry entry : entries) {
                Term id = new Term(ID, entry.id().toString());
                if (entry.document() == null) {
                    writer().deleteDocuments(id);
                } else {
                    writer().updateDocument(id, entry.document());
                }
                synchronized (this) {
                    changed = Math.max(changed, nanos(entry.changedAt()));
                }
            }
            searchers().maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            // The story is saved; only its copy in the index is behind, until the next start rebuilds it.
            Log.errorf(e, "Could not update the search index for %d stories", entries.size());
        }
    }

    private Entry entry(Article story) {
        if (story.deleted() || !INDEXED.contains(story.status)) {
            return new Entry(story.id, null, story.updatedAt);
        }
        String id = story.id.toString();
        long at = nanos(story.sortAt);
        SearchLanguage language = SearchLanguage.of(story.language);
        Document document = new Document();
        document.add(new StringField(ID, id, Field.Store.YES));
        document.add(new SortedDocValuesField(ID, new BytesRef(id)));
        document.add(new LongPoint(SORT_AT, at));
        document.add(new NumericDocValuesField(SORT_AT, at));
        document.add(new StringField(SECTION, story.section.slug, Field.Store.NO));
        document.add(new StringField(LANGUAGE, story.language, Field.Store.NO));
        document.add(new TextField(language.field(HEAD), story.headline, Field.Store.NO));
        document.add(new TextField(language.field(LEAD),
                Objects.toString(story.standfirst, "") + "\n\n" + Objects.toString(story.teaser, ""), Field.Store.NO));
        document.add(new TextField(language.field(BODY), Markup.plain(story.body), Field.Store.NO));
        snippetFields(language, story).forEach(document::add);
        return new Entry(story.id, document, story.updatedAt);
    }

    /** The snippet field of a story and the key of its text. */
    static List<Field> snippetFields(SearchLanguage language, Article story) {
        String text = snippetText(story);
        return List.of(new Field(language.field(SNIPPET), text, SNIPPET_TYPE),
                new NumericDocValuesField(SNIPPET_KEY, snippetKey(text)));
    }

    /** Tells one text from another: its length and its hash. */
    static long snippetKey(String text) {
        return ((long) text.length() << 32) | (text.hashCode() & 0xffffffffL);
    }

    /** The text a story's snippet is taken from. */
    static String snippetText(Article story) {
        String body = Markup.plain(story.body);
        return story.standfirst == null ? body : story.standfirst + "\n\n" + body;
    }

    private static FieldType snippetType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /**
     * The sort key: nanoseconds since the epoch. Stories scheduled or embargoed past the year 2262 (or
     * times before 1677) do not fit; they take the largest (smallest) key, still sorting after (before)
     * every other story, rather than failing the write.
     */
    static long nanos(Instant at) {
        try {
            return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
        } catch (ArithmeticException e) {
            return at.getEpochSecond() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private synchronized IndexWriter writer() {
        open();
        return writer;
    }

    private synchronized SearcherManager searchers() {
        open();
        return searchers;
    }
}
