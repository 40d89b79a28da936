package io.newsdesk.teaser;

import io.newsdesk.article.TeaserView;
import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.article.ArticleService;
import io.newsdesk.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Search results as readers get them: ranked teasers with snippets, paged by relevance. */
@ApplicationScoped
class SearchService {
    private final SearchEngine engine;
    private final ArticleRepository articles;
    private final ArticleService stories;

    public SearchService(SearchEngine engine, ArticleRepository articles, ArticleService stories) {
        this.engine = engine;
        this.articles = articles;
        this.stories = stories;
    }

    @Transactional
    public Page<SearchHit> search(SearchQuery query, SearchEngine.Scope scope, String cursor, int limit) {
        String search = fingerprint(query, scope);
        SearchCursor after = SearchCursor.decode(cursor, search);
        List<SearchEngine.Match> matches = engine.find(query, scope, after, limit + 1);
        List<SearchEngine.Match> shown = matches.size() > limit ? matches.subList(0, limit) : matches;
        List<Article> found = articles.listByIds(shown.stream().map(SearchEngine.Match::id).toList());
        // Teasers first: a native query (PostgreSQL's snippets) flushes the session, and the flush
        // forgets which stories' tags and authors were waiting to be fetched in one batch.
        List<TeaserView> teasers = stories.teasers(found, scope.now());
        Map<UUID, String> snippets = engine.snippets(query, found);
        List<SearchHit> items = teasers.stream()
                .map(t -> new SearchHit(t, snippets.getOrDefault(t.id(), ""))).toList();
        SearchEngine.Match last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
        String next = matches.size() > limit ? new SearchCursor(last.score(), last.sortAt(), last.id(), search).encode() : null;
        return new Page<>(items, next);
    }

    /** What a cursor must have been made for: the same words and the same filters. */
    private static String fingerprint(SearchQuery query, SearchEngine.Scope scope) {
        String search = String.join("\n", query.text(), String.valueOf(scope.section()), String.valueOf(scope.language()),
                String.valueOf(scope.since()), String.valueOf(scope.until()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(search.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
