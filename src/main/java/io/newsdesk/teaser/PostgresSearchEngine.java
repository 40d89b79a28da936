package io.newsdesk.teaser;

import io.newsdesk.article.Article;
import io.newsdesk.article.Audience;
import io.newsdesk.article.Visibility;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Search with PostgreSQL's text search: the {@code article.search_vector} column the database keeps
 * up to date (migration V40), its GIN index, {@code websearch_to_tsquery} and {@code ts_headline}.
 *
 * <p>A term scores the weight of the weightiest field it occurs in: 1 in the headline, 0.4 in the
 * standfirst or teaser, 0.2 in the body (PostgreSQL's weights A, B and C), read from the small
 * {@code search_head} and {@code search_lead} vectors (migration V64).
 *
 * <p>A search of one alternative is ranked tier by tier: the scores a match can get are few, and each
 * tier gives the newest of its matches that a page needs, the planner walking the stories newest first
 * when the tier's words are common and collecting its matches from the GIN indexes (migration V87)
 * when they are rare. No match beyond the page is scored. A query with alternatives, or with more than
 * {@value #MAX_TIERED_TERMS} terms, ranks its {@value #ALTERNATIVES_RANKED} newest matches (with one
 * alternative: those with a term in the headline, standfirst or teaser, then the newest others).
 * ts_headline runs on the page alone.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresSearchEngine implements SearchEngine {
    /** A story's vectors were built in its language's configuration, so its query is parsed in that one too. */
    private static final List<String> CONFIGS = List.of("english", "russian", "simple");
    /** A query with alternatives ranks this many of its newest matches. */
    static final int ALTERNATIVES_RANKED = 500;
    /** A query of one alternative with more terms than this in some configuration is ranked as one with alternatives are. */
    static final int MAX_TIERED_TERMS = 4;
    /** The configuration of the story's own language, as SQL. */
    private static final String STORY_CONFIG = "newsdesk_search_config(a.language)";
    /** Highlight markers no story contains (they are stripped first), turned into HTML after escaping. */
    private static final char START = '\uE000';
    private static final char STOP = '\uE001';
    private static final String HEADLINE_OPTIONS = "StartSel=\"" + START + "\", StopSel=\"" + STOP
            + "\", MaxWords=30, MinWords=12, MaxFragments=1";
    /** Escapes in SQL, before ts_headline: its parser would otherwise drop anything shaped like a tag. */
    private static final String SNIPPET_SQL = "select a.id as id, ts_headline(newsdesk_search_config(a.language), "
            + "replace(replace(replace(translate(coalesce(a.standfirst, '') || chr(10) || chr(10) || newsdesk_body_text(a.body), "
            + "chr(57344) || chr(57345), ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), "
            + "newsdesk_search_query(a.language, :q), :options) as snippet from article a where a.id in (:ids)";

    private final EntityManager em;

    PostgresSearchEngine(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Match> find(SearchQuery query, Scope scope, SearchCursor after, int limit) {
        if (scope.allowedSections() != null && scope.allowedSections().isEmpty()) {
            return List.of();
        }
        // Each search is planned for its own words, which the planner then sees as constants: whether
        // they are common (walk the newest stories) or rare (collect the matches from the index).
        // A search is short: a parallel plan's workers take longer to start than the walk takes.
        em.createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true), "
                + "set_config('max_parallel_workers_per_gather', '0', true)").getResultList();
        List<SearchQuery.Term> terms = query.positives();
        Map<String, Object> bound = new HashMap<>();
        bound.put("q", query.text());
        for (int i = 0; i < terms.size(); i++) {
            // Quoted, a term is one word or one phrase, as it was in the reader's query.
            bound.put("t" + i, "\"" + String.join(" ", terms.get(i).words()) + "\"");
        }
        StringBuilder filters = new StringBuilder();
        where(filters, bound, "s.slug = :section", "section", scope.section());
        where(filters, bound, "a.language = :language", "language", scope.language());
        where(filters, bound, "a.sort_at >= :since", "since", scope.since());
        where(filters, bound, "a.sort_at < :until", "until", scope.until());
        String visible = Visibility.sql(new Audience(false, false, scope.allowedSections()), "a", scope.now()).into(bound);
        String from = " from article a" + (scope.section() != null ? " join section s on s.id = a.section_id" : "")
                + " where ";
        String common = " and " + visible + filters;
        boolean alternatives = query.groups().size() > 1;
        Map<String, List<Integer>> meaningful = alternatives ? Map.of() : meaningfulTerms(bound, terms.size());
        String sql = alternatives || meaningful.values().stream().anyMatch(t -> t.size() > MAX_TIERED_TERMS)
                ? ranked(terms.size(), alternatives, after, limit, bound, from, common)
                : tiered(meaningful, after, limit, bound, from, common);
        if (sql == null) {
            return List.of();
        }
        Query search = em.createNativeQuery(sql);
        bound.forEach(search::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = search.unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.UUID)
                .addScalar("sort_at", StandardBasicTypes.INSTANT)
                .addScalar("score", StandardBasicTypes.DOUBLE)
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Match((UUID) r[0], (Double) r[2], (Instant) r[1])).toList();
    }

    /**
     * A search of one alternative, tier by tier. What a match scores takes few values (each term adds 1,
     * 0.4 or 0.2: with two terms, six), so each value is its own branch: the matches scoring exactly that,
     * the newest first, as many as a page needs. The planner walks the stories newest first for a tier
     * that many stories are in and collects the few of a rare tier from the indexes; no branch looks at
     * more matches than its page needs, however many there are. A cursor skips the tiers above it and
     * starts its own tier after it.
     */
    private static String tiered(Map<String, List<Integer>> meaningful, SearchCursor after, int limit,
            Map<String, Object> bound, String from, String common) {
        // Per score, in fifths (1 = 0.2), what matches it in each configuration.
        Map<Integer, List<String>> tiers = new TreeMap<>(Comparator.reverseOrder());
        meaningful.forEach((config, indexes) -> {
            String match = "(newsdesk_search_config(a.language) = cast('" + config + "' as regconfig) and a.search_vector @@ "
                    + "websearch_to_tsquery('" + config + "', :q)";
            Map<Integer, List<String>> assignments = new HashMap<>();
            assign(config, indexes, 0, 0, new ArrayList<>(), assignments);
            assignments.forEach((fifths, conditions) -> tiers.computeIfAbsent(fifths, f -> new ArrayList<>())
                    .add(match + " and (" + String.join(" or ", conditions) + "))"));
        });
        List<String> branches = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> tier : tiers.entrySet()) {
            double score = tier.getKey() / 5.0;
            String page = "";
            if (after != null && score > after.score()) {
                continue;
            }
            if (after != null && score == after.score()) {
                page = " and (a.sort_at, a.id) < (:afterAt, :afterId)";
                bound.put("afterAt", after.at());
                bound.put("afterId", after.id());
            }
            branches.add("(select a.id as id, a.sort_at as sort_at, cast(" + BigDecimal.valueOf(tier.getKey())
                    .divide(BigDecimal.valueOf(5)) + " as double precision) as score" + from + "("
                    + String.join(" or ", tier.getValue()) + ")" + common + page
                    + " order by a.sort_at desc, a.id desc limit :limit)");
        }
        if (branches.isEmpty()) {
            return null;
        }
        bound.put("limit", limit);
        // The branches come highest score first and each is sorted: appended in that order they are
        // the ranking, so the page stops reading once it is full and the tiers below never run (the
        // costly ones: many stories have a common word somewhere in the body). The outer sort only
        // restates the order.
        return "select m.id, m.sort_at, m.score from (select u.id, u.sort_at, u.score from ("
                + String.join(" union all ", branches) + ") u limit :limit) m order by m.score desc, m.sort_at desc, m.id desc";
    }

    /**
     * Every way the terms from {@code at} on can be placed (headline, else standfirst or teaser, else
     * body), as SQL conditions by the score in fifths they give with what {@code placed} already scores.
     */
    private static void assign(String config, List<Integer> indexes, int at, int fifths, List<String> placed,
            Map<Integer, List<String>> conditions) {
        if (at == indexes.size()) {
            conditions.computeIfAbsent(fifths, f -> new ArrayList<>())
                    .add(placed.isEmpty() ? "true" : "(" + String.join(" and ", placed) + ")");
            return;
        }
        String term = term("'" + config + "'", indexes.get(at));
        String head = "a.search_head @@ " + term;
        String lead = "a.search_lead @@ " + term;
        String[][] places = {{head}, {"not " + head, lead}, {"not " + head, "not " + lead}};
        int[] worth = {5, 2, 1};
        for (int p = 0; p < places.length; p++) {
            List<String> next = new ArrayList<>(placed);
            next.addAll(List.of(places[p]));
            assign(config, indexes, at + 1, fifths + worth[p], next, conditions);
        }
    }

    /**
     * Per configuration, the indexes of the terms that are not only stop words in it: a term that is
     * scores nothing in that configuration's stories (PostgreSQL drops it from the query).
     */
    private Map<String, List<Integer>> meaningfulTerms(Map<String, Object> bound, int terms) {
        Map<String, List<Integer>> meaningful = new LinkedHashMap<>();
        CONFIGS.forEach(config -> meaningful.put(config, new ArrayList<>()));
        if (terms == 0) {
            return meaningful;
        }
        List<String> probes = new ArrayList<>();
        for (String config : CONFIGS) {
            for (int i = 0; i < terms; i++) {
                probes.add("select '" + config + "' as config, " + i + " as term where numnode(" + term("'" + config + "'", i)
                        + ") > 0");
            }
        }
        Query probe = em.createNativeQuery(String.join(" union all ", probes));
        for (int i = 0; i < terms; i++) {
            probe.setParameter("t" + i, bound.get("t" + i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = probe.getResultList();
        rows.forEach(r -> meaningful.get((String) r[0]).add(((Number) r[1]).intValue()));
        return meaningful;
    }

    /**
     * A search with alternatives, or with more than {@value #MAX_TIERED_TERMS} terms: what a match scores
     * depends on which alternative it meets, so each of the {@value #ALTERNATIVES_RANKED} newest matches
     * is scored (with one alternative, those with a term in the headline, standfirst or teaser, and the
     * newest others).
     */
    private static String ranked(int terms, boolean alternatives, SearchCursor after, int limit,
            Map<String, Object> bound, String from, String common) {
        String newest = " order by a.sort_at desc, a.id desc limit ";
        List<String> branches = new ArrayList<>();
        List<String> walked = new ArrayList<>();
        for (String config : CONFIGS) {
            String language = "newsdesk_search_config(a.language) = cast('" + config + "' as regconfig)";
            String match = "a.search_vector @@ websearch_to_tsquery('" + config + "', :q) and " + language;
            if (alternatives) {
                walked.add("(" + match + ")");
                continue;
            }
            String scored = "select a.id as id, a.sort_at as sort_at, " + score("'" + config + "'", terms, false)
                    + " as score";
            String any = "(" + String.join(" || ", IntStream.range(0, terms)
                    .mapToObj(i -> term("'" + config + "'", i)).toList()) + ")";
            String lead = "(a.search_head @@ " + any + " or a.search_lead @@ " + any + ")";
            branches.add(scored + from + match + " and " + lead + common);
            walked.add("(" + match + " and not " + lead + ")");
        }
        if (alternatives) {
            branches.add("(select a.id as id, a.sort_at as sort_at, " + score(STORY_CONFIG, terms, true)
                    + " as score" + from + "(" + String.join(" or ", walked) + ")" + common + newest
                    + ALTERNATIVES_RANKED + ")");
        } else {
            String base = base(terms);
            String rest = "(select a.id as id, a.sort_at as sort_at, " + base + " as score" + from + "("
                    + String.join(" or ", walked) + ")" + common;
            if (after != null) {
                rest += " and (" + base + " < :afterScore or (" + base + " = :afterScore"
                        + " and (a.sort_at, a.id) < (:afterAt, :afterId)))";
            }
            branches.add(rest + newest + ":limit)");
            bound.put("limit", limit);
        }
        StringBuilder sql = new StringBuilder("select m.id, m.sort_at, m.score from (")
                .append(String.join(" union all ", branches)).append(") m");
        if (after != null) {
            sql.append(" where m.score < :afterScore or (m.score = :afterScore and (m.sort_at, m.id) < (:afterAt, :afterId))");
            bound.put("afterScore", after.score());
            bound.put("afterAt", after.at());
            bound.put("afterId", after.id());
        }
        return sql.append(" order by m.score desc, m.sort_at desc, m.id desc").toString();
    }

    /** @param config the SQL of a text search configuration: a quoted name, or {@link #STORY_CONFIG} */
    private static String term(String config, int i) {
        return "websearch_to_tsquery(" + config + ", :t" + i + ")";
    }

    /**
     * The sum over the query's terms of the weight of the weightiest field each occurs in. With one
     * alternative every term occurs somewhere in a match, so a term in neither headline nor
     * standfirst is in the body; with several, that takes a look at the whole vector.
     */
    private static String score(String config, int terms, boolean alternatives) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < terms; i++) {
            String term = term(config, i);
            parts.add("case when numnode(" + term + ") = 0 then 0"
                    + " when a.search_head @@ " + term + " then 1.0"
                    + " when a.search_lead @@ " + term + " then 0.4"
                    + (alternatives ? " when a.search_vector @@ " + term + " then 0.2 else 0 end" : " else 0.2 end"));
        }
        return "cast(" + String.join(" + ", parts) + " as double precision)";
    }

    /**
     * What {@link #score} gives a match of one alternative whose terms are all in the body alone: 0.2 a
     * term, less the terms that are only stop words in the story's configuration.
     */
    private static String base(int terms) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < terms; i++) {
            parts.add("case when numnode(" + term(STORY_CONFIG, i) + ") = 0 then 0 else 0.2 end");
        }
        return "cast(" + String.join(" + ", parts) + " as double precision)";
    }

    private static void where(StringBuilder sql, Map<String, Object> bound, String condition, String name, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            bound.put(name, value);
        }
    }

    @Override
    public Map<UUID, String> snippets(SearchQuery query, List<Article> articles) {
        Map<UUID, String> snippets = new HashMap<>();
        if (articles.isEmpty()) {
            return snippets;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SNIPPET_SQL).setParameter("q", query.text())
                .setParameter("options", HEADLINE_OPTIONS).setParameter("ids", articles.stream().map(a -> a.id).toList())
                .unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.UUID).addScalar("snippet", StandardBasicTypes.STRING)
                .getResultList();
        for (Object[] row : rows) {
            String marked = ((String) row[1]).replace(String.valueOf(START), "<mark>").replace(String.valueOf(STOP), "</mark>");
            snippets.put((UUID) row[0], SearchText.oneLine(marked));
        }
        return snippets;
    }
}
