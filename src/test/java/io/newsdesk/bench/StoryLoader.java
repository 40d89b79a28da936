package io.newsdesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads a synthetic archive straight into the database the application uses, after the application
 * has created the schema (Flyway) and while nothing else writes: stories with their tags, bylines,
 * revisions, quotes and speakers, reader reviews with their moderation history, the embedded search
 * copy where that table exists, and the change log as the application would have written it
 * (entries older than the retention already purged). Run it with the packaged application's
 * libraries on the class path:
 *
 * <pre>
 * java -cp target/test-classes:target/quarkus-app/lib/main/* io.newsdesk.bench.StoryLoader \
 *     --url jdbc:postgresql://127.0.0.1:5432/nd_bench --user postgres --stories 100000
 * </pre>
 */
public final class StoryLoader {
    private static final int CHUNK = 1_000;
    private static final String EDITOR = "Archive desk";
    private static final String MODERATOR = "Night moderator";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, String> options;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Set<String> slugs = ConcurrentHashMap.newKeySet();
    private final AtomicInteger next = new AtomicInteger();
    private Map<String, String[]> sections;
    private boolean searchCopy;

    private StoryLoader(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (!options.containsKey("url")) {
            System.err.println("usage: StoryLoader --url <jdbc url> [--user u] [--password p] [--stories n]"
                    + " [--days d] [--seed s] [--threads t] [--retention-days r]");
            System.exit(2);
        }
        new StoryLoader(options).load();
    }

    private void load() throws Exception {
        int stories = Integer.parseInt(options.getOrDefault("stories", "1000"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "2"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        // An agency files about 500 stories a day: the archive spans the days that takes.
        Duration span = Duration.ofDays(Long.parseLong(options.getOrDefault("days",
                String.valueOf(Math.max(1, stories / 500)))));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
        boolean postgresql = options.get("url").startsWith("jdbc:postgresql:");
        StoryGenerator generator = new StoryGenerator(seed, stories, span, now);

        long started = System.nanoTime();
        List<String> indexes = List.of();
        try (Connection connection = connect()) {
            prepare(connection, generator, postgresql);
            if (postgresql) {
                indexes = dropIndexes(connection);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> work(generator, stories, postgresql)));
        }
        int written = 0;
        for (Future<Integer> worker : workers) {
            written += worker.get();
        }
        pool.shutdown();
        long storiesDone = System.nanoTime();
        try (Connection connection = connect()) {
            recreate(connection, indexes);
            long indexed = System.nanoTime();
            long entries = changeLog(connection, now, Duration.ofDays(Long.parseLong(options.getOrDefault("retention-days", "30"))));
            if (postgresql) {
                // What autovacuum would have done to an archive that grew over months: statistics, and a
                // visibility map, without which every index-only scan visits the table too.
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("vacuum (analyze) article, article_tag, article_author, article_revision, quote,"
                            + " review, review_moderation, change_log, speaker");
                }
            }
            System.out.printf(Locale.ROOT, "loaded %d stories in %.1f s (rows %.1f s, indexes %.1f s, change log of %d"
                    + " entries and vacuum %.1f s)%n", written, (System.nanoTime() - started) / 1e9,
                    (storiesDone - started) / 1e9, (indexed - storiesDone) / 1e9, entries, (System.nanoTime() - indexed) / 1e9);
        }
    }

    /**
     * Drops the secondary indexes of the tables the loader fills (not those behind primary keys and unique
     * constraints, which keep the data right) and answers their definitions: one index build after the load
     * is much cheaper than maintaining a GIN index row by row.
     */
    private static List<String> dropIndexes(Connection connection) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select i.indexname, i.indexdef from pg_indexes i"
                        + " where i.schemaname = current_schema() and i.tablename in ('article', 'article_tag',"
                        + " 'article_author', 'article_revision', 'quote', 'review', 'review_moderation')"
                        + " and not exists (select 1 from pg_constraint c where c.conname = i.indexname)")) {
            while (rows.next()) {
                names.add(rows.getString(1));
                definitions.add(rows.getString(2));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("drop index " + name);
            }
        }
        return definitions;
    }

    private static void recreate(Connection connection, List<String> definitions) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!definitions.isEmpty()) {
                statement.execute("set maintenance_work_mem = '256MB'");
            }
            for (String definition : definitions) {
                statement.execute(definition);
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(options.get("url"), options.getOrDefault("user", "sa"),
                options.getOrDefault("password", ""));
    }

    /** Checks the schema is there and empty, reads the sections, writes the speakers. */
    private void prepare(Connection connection, StoryGenerator generator, boolean postgresql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select count(*) from article")) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    throw new IllegalStateException("the database already holds " + rows.getLong(1)
                            + " stories; load into an empty schema (start the application once to create it)");
                }
            }
            sections = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("select slug, id, name from section")) {
                while (rows.next()) {
                    sections.put(rows.getString(1), new String[] { rows.getString(2), rows.getString(3) });
                }
            }
        }
        for (String section : StoryGenerator.SECTIONS) {
            if (!sections.containsKey(section)) {
                throw new IllegalStateException("section " + section + " is missing: run the migrations first");
            }
        }
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", null)) {
            while (tables.next()) {
                searchCopy |= tables.getString("TABLE_NAME").equalsIgnoreCase("article_search");
            }
        }
        Instant since = Instant.now().minus(Duration.ofDays(3_650)).truncatedTo(ChronoUnit.SECONDS);
        try (Sink sink = Sink.of(connect(), postgresql)) {
            sink.table("speaker", List.of("id", "slug", "name", "role", "organisation", "description", "match_key",
                    "name_key", "created_at", "updated_at"));
            for (StoryGenerator.Speaker s : generator.speakers()) {
                sink.row("speaker", s.id(), s.slug(), s.name(), s.role(), s.organisation(), null,
                        Text.fold(s.name()) + "|" + Text.fold(s.organisation()), Text.fold(s.name()), since, since);
            }
            sink.flush();
        }
    }

    private int work(StoryGenerator generator, int stories, boolean postgresql) throws Exception {
        int written = 0;
        try (Sink sink = Sink.of(connect(), postgresql)) {
            declare(sink);
            for (int start = next.getAndAdd(CHUNK); start < stories; start = next.getAndAdd(CHUNK)) {
                for (int i = start; i < Math.min(stories, start + CHUNK); i++) {
                    write(sink, generator.story(i));
                    written++;
                }
                sink.flush();
            }
        }
        return written;
    }

    private void declare(Sink sink) throws SQLException {
        sink.table("article", List.of("id", "slug", "language", "headline", "standfirst", "teaser", "body", "section_id",
                "dateline", "status", "urgency", "editorial_note", "publish_at", "published_at", "embargo_until", "sort_at",
                "created_at", "updated_at", "deleted_at", "revision"));
        sink.table("article_tag", List.of("article_id", "position", "tag"));
        sink.table("article_author", List.of("article_id", "position", "name"));
        sink.table("article_revision", List.of("id", "article_id", "revision", "status", "created_at", "created_by",
                "snapshot"));
        sink.table("quote", List.of("id", "article_id", "speaker_id", "text", "text_key", "block_index", "start_offset",
                "end_offset", "context", "language", "is_partial", "orphaned", "created_at", "updated_at", "revision"));
        sink.table("review", List.of("id", "article_id", "rating", "title", "body", "author_name", "email", "language",
                "status", "spam_reason", "fingerprint", "created_at", "updated_at", "moderated_at", "moderated_by",
                "moderation_note", "version"));
        sink.table("review_moderation", List.of("id", "review_id", "from_status", "to_status", "note", "moderated_by",
                "moderated_at"));
        if (searchCopy) {
            sink.table("article_search", List.of("article_id", "head_text", "lead_text", "body_text"));
        }
    }

    private void write(Sink sink, StoryGenerator.Story generated) throws Exception {
        StoryGenerator.Story story = StoryGenerator.withSlug(generated, freeSlug(Text.slug(generated.headline())));
        String[] section = sections.get(story.section());
        String status = story.published() ? "PUBLISHED" : "DRAFT";
        ArrayNode blocks = body(story);
        String body = mapper.writeValueAsString(blocks);
        Instant published = story.publishedAt();
        sink.row("article", story.id(), story.slug(), "en", story.headline(), story.standfirst(), story.teaser(), body,
                UUID.fromString(section[0]), story.dateline(), status, story.urgency(), story.editorialNote(), published,
                published, null, published != null ? published : story.createdAt(), story.createdAt(), story.updatedAt(),
                null, story.revision());
        for (int p = 0; p < story.tags().size(); p++) {
            sink.row("article_tag", story.id(), p, story.tags().get(p));
        }
        for (int p = 0; p < story.authors().size(); p++) {
            sink.row("article_author", story.id(), p, story.authors().get(p));
        }
        for (int r = 0; r < story.revisions().size(); r++) {
            Instant at = story.revisions().get(r);
            sink.row("article_revision", revisionId(story.id(), r + 1), story.id(), r + 1, status, at, EDITOR,
                    mapper.writeValueAsString(snapshot(story, blocks, section, r + 1, at)));
        }
        for (StoryGenerator.Quote q : story.quotes()) {
            sink.row("quote", q.id(), story.id(), q.speaker().id(), q.text(), Text.fold(q.text()), q.blockIndex(),
                    q.start(), q.end(), q.context(), "en", false, false, q.createdAt(), q.createdAt(), 1);
        }
        for (StoryGenerator.Review review : story.reviews()) {
            boolean decided = review.moderatedAt() != null;
            sink.row("review", review.id(), story.id(), review.rating(), review.title(), review.body(),
                    review.authorName(), review.email(), "en", review.status(), null,
                    fingerprint(story.id(), review.authorName(), review.body()), review.createdAt(),
                    decided ? review.moderatedAt() : review.createdAt(), review.moderatedAt(),
                    decided ? MODERATOR : null, null, decided ? 2 : 1);
            sink.row("review_moderation", derived(review.id(), 1), review.id(), null, "PENDING", null, "reader",
                    review.createdAt());
            if (decided) {
                sink.row("review_moderation", derived(review.id(), 2), review.id(), "PENDING", review.status(), null,
                        MODERATOR, review.moderatedAt());
            }
        }
        if (searchCopy && story.published()) {
            sink.row("article_search", story.id(), Text.searchCopy(story.headline()),
                    Text.searchCopy((story.standfirst() == null ? "" : story.standfirst()) + " "
                            + (story.teaser() == null ? "" : story.teaser())),
                    Text.searchCopy(plainBody(story)));
        }
    }

    private ArrayNode body(StoryGenerator.Story story) {
        ArrayNode blocks = JSON.arrayNode();
        for (StoryGenerator.Block b : story.body()) {
            ObjectNode block = blocks.addObject().put("type", b.type());
            putIfPresent(block, "text", b.text());
            putIfPresent(block, "quoteId", b.quoteId() == null ? null : b.quoteId().toString());
            putIfPresent(block, "url", b.url());
            putIfPresent(block, "caption", b.caption());
            putIfPresent(block, "credit", b.credit());
        }
        return blocks;
    }

    /** The story as its editor saw it after this revision: the article JSON of the API. */
    private ObjectNode snapshot(StoryGenerator.Story story, ArrayNode body, String[] section, int revision, Instant at) {
        ObjectNode view = JSON.objectNode();
        view.put("id", story.id().toString()).put("slug", story.slug()).put("language", "en")
                .put("headline", story.headline());
        putIfPresent(view, "standfirst", story.standfirst());
        putIfPresent(view, "teaser", story.teaser());
        view.set("body", body);
        view.putObject("section").put("slug", story.section()).put("name", section[1]);
        story.tags().forEach(view.putArray("tags")::add);
        story.authors().forEach(view.putArray("authors")::add);
        putIfPresent(view, "dateline", story.dateline());
        view.put("status", story.published() ? "published" : "draft");
        if (story.published()) {
            view.put("publishAt", story.publishedAt().toString()).put("publishedAt", story.publishedAt().toString());
        }
        view.put("urgency", story.urgency());
        putIfPresent(view, "editorialNote", story.editorialNote());
        view.put("createdAt", story.createdAt().toString()).put("updatedAt", at.toString()).put("revision", revision);
        ObjectNode summary = view.putObject("reviewSummary").put("count", 0).putNull("average");
        summary.putObject("stars").put("1", 0).put("2", 0).put("3", 0).put("4", 0).put("5", 0);
        view.putObject("links").put("self", "/api/v1/articles/" + story.id());
        return view;
    }

    private static String plainBody(StoryGenerator.Story story) {
        List<String> parts = new ArrayList<>();
        for (StoryGenerator.Block b : story.body()) {
            if (b.text() != null) {
                parts.add(Text.plain(b.text()));
            } else if (b.caption() != null) {
                parts.add(b.caption());
            }
        }
        return String.join("\n\n", parts);
    }

    /**
     * Numbers every saved change in commit order, as the application's change log does: the story's
     * revisions and the quotes recorded after its first one. Entries older than the retention are left
     * out and counted as purged, the state the purge job leaves.
     */
    private long changeLog(Connection connection, Instant now, Duration retention) throws SQLException {
        String events = "select 'article' as entity, a.id as entity_id, a.id as article_id,"
                + " case when r.revision > 1 then 'UPDATED' when a.status = 'PUBLISHED' then 'PUBLISHED' else 'CREATED' end as type,"
                + " a.slug as slug, s.slug as section, r.revision as revision,"
                + " (r.revision > 1 and a.status = 'PUBLISHED') as public_before, (a.status = 'PUBLISHED') as public_after,"
                + " r.created_at as at, 0 as kind"
                + " from article_revision r join article a on a.id = r.article_id join section s on s.id = a.section_id"
                + " union all"
                + " select 'quote', q.id, a.id, 'CREATED', a.slug, s.slug, 1, (a.status = 'PUBLISHED'),"
                + " (a.status = 'PUBLISHED'), q.created_at, 1"
                + " from quote q join article a on a.id = q.article_id join section s on s.id = a.section_id";
        String numbered = "select e.*, row_number() over (order by e.at, e.kind, e.entity_id) as seq,"
                + " lag(e.section) over (partition by e.article_id order by e.at, e.kind, e.entity_id) as previous_section"
                + " from (" + events + ") e";
        Instant cutoff = now.minus(retention);
        connection.setAutoCommit(false);
        long total;
        long purged;
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*), coalesce(sum(case when e.at < ? then 1 else 0 end), 0) from (" + events + ") e")) {
            count.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                total = rows.getLong(1);
                purged = rows.getLong(2);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into change_log (seq, entity, entity_id,"
                + " article_id, type, slug, section, previous_section, revision, public_before, public_after, at)"
                + " select n.seq, n.entity, n.entity_id, n.article_id, n.type, n.slug, n.section, n.previous_section,"
                + " n.revision, n.public_before, n.public_after, n.at from (" + numbered + ") n where n.at >= ?");
                PreparedStatement head = connection.prepareStatement(
                        "update change_log_head set last_seq = ?, purged_through = ?, due_swept_until = ? where id = 1")) {
            insert.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            head.setLong(1, total);
            head.setLong(2, purged);
            head.setObject(3, now.atOffset(ZoneOffset.UTC));
            head.executeUpdate();
        }
        connection.commit();
        return total - purged;
    }

    private String freeSlug(String base) {
        if (slugs.add(base)) {
            return base;
        }
        for (int n = 2;; n++) {
            if (slugs.add(base + "-" + n)) {
                return base + "-" + n;
            }
        }
    }

    private static UUID revisionId(UUID article, int revision) {
        return derived(article, revision);
    }

    /** A stable id derived from another: the same archive gets the same ids on every load. */
    private static UUID derived(UUID base, int n) {
        return UUID.nameUUIDFromBytes((base + "/" + n).getBytes(StandardCharsets.UTF_8));
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    /** The duplicate-review key the application computes: story, author and text, ignoring case and spacing. */
    private static String fingerprint(UUID article, String author, String body) {
        String key = article + "\u0000" + normalise(author) + "\u0000" + normalise(body);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
