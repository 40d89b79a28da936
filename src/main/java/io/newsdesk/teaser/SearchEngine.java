package io.newsdesk.teaser;

import io.newsdesk.article.Article;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Full-text search over the stories readers can see. One implementation per database kind, chosen
 * when the application is built: PostgreSQL's text search, or Lucene for the embedded H2.
 * Both order results by score, then sort time, then id, all descending, which is what
 * {@link SearchCursor} pages by.
 */
interface SearchEngine {

    /** One matching story: its score (higher is more relevant) and its keyset position. */
    record Match(UUID id, double score, Instant sortAt) {
    }

    /**
     * Where to search; null fields do not narrow.
     *
     * @param allowedSections the only sections the caller may see (partner keys)
     * @param now the moment that decides what is public
     */
    record Scope(String section, String language, Instant since, Instant until, Set<String> allowedSections,
            Instant now) {
    }

    /** Up to {@code limit} public stories matching the query, after the cursor when there is one. */
    List<Match> find(SearchQuery query, Scope scope, SearchCursor after, int limit);

    /**
     * A short passage of each story around what the query matched, HTML-escaped, with the matching
     * words in {@code <mark>}.
     */
    Map<UUID, String> snippets(SearchQuery query, List<Article> articles);
}
