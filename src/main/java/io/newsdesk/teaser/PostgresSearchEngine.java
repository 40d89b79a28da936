package io.newsdesk.teaser;

import io.newsdesk.article.Article;
import io.newsdesk.article.Audience;
import io.newsdesk.article.Visibility;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * <p>A search of one alternative ranks only the matches with a term in the headline, standfirst or
 * teaser (found from the small vectors' own GIN indexes, migration V87): every other match has all its
 * terms in the body, so all score the same and rank below those, newest first; a page takes the newest
 * of them it needs, the planner walking the stories newest first when the words are common and
 * collecting the matches from the index when they are rare. A query with alternatives ranks its
 * {@value #ALTERNATIVES_RANKED} newest matches. ts_headline runs on the page
 * alone.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresSearchEngine implements SearchEngine {
    /** A story's vectors were built in its language's configuration, so its query is parsed in that one too. */
    private static final List<String> CONFIGS = List.of("english", "russian", "simple");
    /** A query with alternatives ranks this many of its newest matches. */
    static final int ALTERNATIVES_RANKED = 500;
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
        em.createNativeQuery("set local plan_cache_mode = force_custom_plan").executeUpdate();
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
        boolean sections = scope.section() != null;
        String visible = Visibility.sql(new Audience(false, false, scope.allowedSections()), "a", scope.now()).into(bound);
        boolean alternatives = query.groups().size() > 1;
        String newest = " order by a.sort_at desc, a.id desc limit ";
        String from = " from article a" + (sections ? " join section s on s.id = a.section_id" : "") + " where ";
        String common = " and " + visible + filters;
        List<String> branches = new ArrayList<>();
        // What is walked newest first, per configuration: with alternatives every match, else those with
        // their terms in the body alone.
        List<String> walked = new ArrayList<>();
        for (String config : CONFIGS) {
            String language = "newsdesk_search_config(a.language) = cast('" + config + "' as regconfig)";
            String match = "a.search_vector @@ websearch_to_tsquery('" + config + "', :q) and " + language;
            if (alternatives) {
                walked.add("(" + match + ")");
                continue;
            }
            String scored = "select a.id as id, a.sort_at as sort_at, " + score("'" + config + "'", terms.size(), false)
                    + " as score";
            // A match with a term in its headline, standfirst or teaser: few, each scored.
            String any = "(" + String.join(" || ", java.util.stream.IntStream.range(0, terms.size())
                    .mapToObj(i -> term("'" + config + "'", i)).toList()) + ")";
            String lead = "(a.search_head @@ " + any + " or a.search_lead @@ " + any + ")";
            branches.add(scored + from + match + " and " + lead + common);
            walked.add("(" + match + " and not " + lead + ")");
        }
        if (alternatives) {
            // What a match scores depends on which alternative it meets: only the newest are ranked, found
            // in one walk for every configuration (one that few stories are in would be walked to the end).
            branches.add("(select a.id as id, a.sort_at as sort_at, " + score(STORY_CONFIG, terms.size(), true)
                    + " as score" + from + "(" + String.join(" or ", walked) + ")" + common + newest
                    + ALTERNATIVES_RANKED + ")");
        } else {
            // Every other match has its terms in the body alone, so all score the same: the newest a page
            // needs, found by walking the stories newest first (or the index, for rare words). One walk
            // for every configuration: one that few stories are in would otherwise be walked to the end.
            String base = base(terms.size());
            String rest = "(select a.id as id, a.sort_at as sort_at, " + base + " as score" + from + "("
                    + String.join(" or ", walked) + ")" + common;
            if (after != null) {
                rest += " and (" + base + " < :afterScore or (" + base + " = :afterScore"
                        + " and (a.sort_at, a.id) < (:afterAt, :afterId)))";
            }
            branches.add(rest + newest + ":limit)");
        }
        StringBuilder sql = new StringBuilder("select m.id, m.sort_at, m.score from (")
                .append(String.join(" union all ", branches)).append(") m");
        if (after != null) {
            sql.append(" where m.score < :afterScore or (m.score = :afterScore and (m.sort_at, m.id) < (:afterAt, :afterId))");
            bound.put("afterScore", after.score());
            bound.put("afterAt", after.at());
            bound.put("afterId", after.id());
        }
        if (!alternatives) {
            bound.put("limit", limit);
        }
        sql.append(" order by m.score desc, m.sort_at desc, m.id desc");
        Query search = em.createNativeQuery(sql.toString());
        bound.forEach(search::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = search.unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.UUID)
                .addScalar("sort_at", StandardBasicTypes.INSTANT)
                .addScalar("score", StandardBasicTypes.DOUBLE)
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Match((UUID) r[0], (Double) r[2], (Instant) r[1])).toList();
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
