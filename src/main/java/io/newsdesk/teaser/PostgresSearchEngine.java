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
 * {@code search_head} and {@code search_lead} vectors (migration V64). The whole vector is read
 * only where the GIN index needs to check a candidate, and ts_headline runs on the page alone, so
 * a search costs about what finding its matches costs, however many there are.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresSearchEngine implements SearchEngine {
    /** A story's vectors were built in its language's configuration, so its query is parsed in that one too. */
    private static final List<String> CONFIGS = List.of("english", "russian", "simple");
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
        List<SearchQuery.Term> terms = query.positives();
        Map<String, Object> bound = new HashMap<>();
        bound.put("q", query.text());
        // Every tsquery is parsed once, in a one-row CTE, rather than once for each candidate.
        List<String> parsed = new ArrayList<>();
        for (String config : CONFIGS) {
            parsed.add("websearch_to_tsquery('" + config + "', :q) as q_" + config);
            for (int i = 0; i < terms.size(); i++) {
                parsed.add("websearch_to_tsquery('" + config + "', :t" + i + ") as t" + i + "_" + config);
            }
        }
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
        List<String> branches = new ArrayList<>();
        for (String config : CONFIGS) {
            branches.add("select a.id as id, a.sort_at as sort_at, " + score(config, terms.size(), query.groups().size() > 1)
                    + " as score from k join article a on a.search_vector @@ k.q_" + config
                    + (sections ? " join section s on s.id = a.section_id" : "")
                    + " where newsdesk_search_config(a.language) = cast('" + config + "' as regconfig) and "
                    + visible + filters);
        }
        StringBuilder sql = new StringBuilder("with k as materialized (select ").append(String.join(", ", parsed))
                .append(") select m.id, m.sort_at, m.score from (").append(String.join(" union all ", branches)).append(") m");
        if (after != null) {
            sql.append(" where m.score < :afterScore or (m.score = :afterScore and (m.sort_at < :afterAt"
                    + " or (m.sort_at = :afterAt and m.id < :afterId)))");
            bound.put("afterScore", after.score());
            bound.put("afterAt", after.at());
            bound.put("afterId", after.id());
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

    /**
     * The sum over the query's terms of the weight of the weightiest field each occurs in. With one
     * alternative every term occurs somewhere in a match, so a term in neither headline nor
     * standfirst is in the body; with several, that takes a look at the whole vector.
     */
    private static String score(String config, int terms, boolean alternatives) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < terms; i++) {
            String term = "k.t" + i + "_" + config;
            parts.add("case when numnode(" + term + ") = 0 then 0"
                    + " when a.search_head @@ " + term + " then 1.0"
                    + " when a.search_lead @@ " + term + " then 0.4"
                    + (alternatives ? " when a.search_vector @@ " + term + " then 0.2 else 0 end" : " else 0.2 end"));
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
