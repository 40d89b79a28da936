package io.newsdesk.change;

import io.newsdesk.article.Article;
import java.time.Instant;
import java.util.UUID;

/**
 * A change to append to the change log. Features other than stories (quotes) build one for the
 * story the changed thing belongs to and pass it to {@link ChangeLog#append(Change)} inside their
 * writing transaction.
 *
 * @param entity what changed: {@code article}, {@code quote}, …
 * @param entityId the id of what changed (the story's own id for {@code article})
 * @param article the story it belongs to, as saved
 */
public record Change(String entity, UUID entityId, Article article, ChangeType type, Instant at) {
    public static final String ARTICLE = "article";
    public static final String QUOTE = "quote";
}
