package io.newsdesk.teaser;

import io.newsdesk.article.Article;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Search with PostgreSQL's text search: the {@code article.search_vector} column the database keeps
 * up to date (migration V40), its GIN index, {@code websearch_to_tsquery}, {@code ts_rank_cd} and
 * {@code ts_headline}.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresSearchEngine implements SearchEngine {
    /**
     * A story's vector was built in its language's configuration, so the query must be parsed in
     * that one too. One branch per configuration, each with a constant query, lets every branch
     * use the GIN index.
     */
    private static final String MATCH = String.join(" or ",
            branch("english"), branch("russian"), branch("simple"));
    private static final String SCORE = "cast(ts_rank_cd(a.search_vector, newsdesk_search_query(a.language, :q)) as double precision)";
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

    private static String branch(String config) {
        return "(newsdesk_search_config(a.language) = cast('" + config + "' as regconfig)"
                + " and a.search_vector @@ websearch_to_tsquery('" + config + "', :q))";
    }

    @Override
    public List<Match> find(SearchQuery query, Scope scope, SearchCursor after, int limit) {
        return new SearchSql().match(MATCH).score(SCORE).param("q", query.text()).find(em, scope, after, limit);
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
