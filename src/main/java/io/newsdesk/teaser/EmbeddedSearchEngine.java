package io.newsdesk.teaser;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleChanged;
import io.newsdesk.article.ArticleService;
import io.newsdesk.article.Markup;
import io.quarkus.arc.properties.UnlessBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Search for the embedded H2 database, which has no text search of its own. The application keeps
 * each story's words in {@code article_search} (one column per weight: headline, standfirst and
 * teaser, body) in the same transaction as the story, and a query becomes {@code like} patterns on
 * them. A word matches the words it starts ("budget" finds "budgets"), a crude stand-in for stemming.
 * Scores mirror PostgreSQL's weights: a term counts 10 in the headline, 4 in standfirst or teaser, 2
 * in the body.
 */
@ApplicationScoped
@UnlessBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class EmbeddedSearchEngine implements SearchEngine {
    private static final int SNIPPET_WORDS = 30;

    private final EntityManager em;
    private final ArticleService articles;

    EmbeddedSearchEngine(EntityManager em, ArticleService articles) {
        this.em = em;
        this.articles = articles;
    }

    @Override
    public List<Match> find(SearchQuery query, Scope scope, SearchCursor after, int limit) {
        List<List<SearchQuery.Term>> groups = searchable(query);
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<SearchQuery.Term, String> names = new LinkedHashMap<>();
        groups.stream().flatMap(List::stream).forEach(t -> names.putIfAbsent(t, "t" + names.size()));
        List<String> alternatives = new ArrayList<>();
        for (List<SearchQuery.Term> group : groups) {
            alternatives.add("(" + String.join(" and ", group.stream()
                    .map(t -> (t.negated() ? "not " : "") + contains(names.get(t))).toList()) + ")");
        }
        List<String> scores = names.entrySet().stream().filter(e -> !e.getKey().negated())
                .map(e -> weighted(e.getValue())).toList();
        SearchSql sql = new SearchSql().join("join article_search x on x.article_id = a.id")
                .match(String.join(" or ", alternatives))
                .score("cast(" + String.join(" + ", scores) + " as double precision)");
        names.forEach((term, name) -> sql.param(name, "% " + String.join(" ", term.words()) + "%"));
        return sql.find(em, scope, after, limit);
    }

    @Override
    public Map<UUID, String> snippets(SearchQuery query, List<Article> stories) {
        List<SearchQuery.Term> marked = searchable(query).stream().flatMap(List::stream).filter(t -> !t.negated())
                .distinct().toList();
        Map<UUID, String> snippets = new HashMap<>();
        for (Article story : stories) {
            String text = (story.standfirst == null ? "" : story.standfirst + "\n\n") + Markup.plain(story.body);
            snippets.put(story.id, SearchText.snippet(text, marked, SNIPPET_WORDS));
        }
        return snippets;
    }

    /** Keeps the index in step with every saved change, inside the story's own transaction. */
    void onChange(@Observes ArticleChanged change) {
        Article story = change.article();
        if (story.deleted()) {
            em.createNativeQuery("delete from article_search where article_id = :id").setParameter("id", story.id)
                    .executeUpdate();
        } else {
            index(story);
        }
    }

    /** Indexes stories saved before this index existed, such as the demo content of an older version. */
    void onStart(@Observes StartupEvent event) {
        int indexed = QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<UUID> missing = em.createNativeQuery("select a.id as id from article a where a.deleted_at is null "
                    + "and not exists (select 1 from article_search x where x.article_id = a.id)")
                    .unwrap(NativeQuery.class).addScalar("id", StandardBasicTypes.UUID).getResultList();
            missing.forEach(id -> index(em.find(Article.class, id)));
            return missing.size();
        });
        if (indexed > 0) {
            Log.infof("Indexed %d stories for search", indexed);
        }
    }

    private void index(Article story) {
        em.createNativeQuery("merge into article_search (article_id, head_text, lead_text, body_text) key (article_id) "
                + "values (:id, :head, :lead, :body)")
                .setParameter("id", story.id)
                .setParameter("head", SearchText.normalised(story.headline))
                .setParameter("lead", SearchText.normalised(nonNull(story.standfirst) + " " + nonNull(story.teaser)))
                .setParameter("body", SearchText.normalised(Markup.plain(story.body)))
                .executeUpdate();
    }

    /**
     * The alternatives this engine can run: single words too common to mean anything are dropped, as
     * PostgreSQL drops its stop words, and an alternative left with nothing to look for goes.
     */
    private static List<List<SearchQuery.Term>> searchable(SearchQuery query) {
        List<List<SearchQuery.Term>> groups = new ArrayList<>();
        for (List<SearchQuery.Term> group : query.groups()) {
            List<SearchQuery.Term> kept = group.stream()
                    .filter(t -> t.words().size() > 1 || !StopWords.contains(t.words().get(0))).toList();
            if (kept.stream().anyMatch(t -> !t.negated())) {
                groups.add(kept);
            }
        }
        return groups;
    }

    private static String contains(String name) {
        return "(x.head_text like :" + name + " or x.lead_text like :" + name + " or x.body_text like :" + name + ")";
    }

    private static String weighted(String name) {
        return "case when x.head_text like :" + name + " then 10 else 0 end"
                + " + case when x.lead_text like :" + name + " then 4 else 0 end"
                + " + case when x.body_text like :" + name + " then 2 else 0 end";
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
