package io.newsdesk.article;

import java.time.Instant;

/**
 * Fired synchronously, inside the writing transaction, after every saved change of a story. Other
 * features observe it (change log, quote offsets, search index): what they write commits or rolls
 * back with the story itself.
 *
 * @param article the story as saved, with its new revision
 * @param previousBody the body before this change; null on creation
 */
public record ArticleChanged(Article article, Kind kind, java.util.List<BodyBlock> previousBody, String by, Instant at) {

    public enum Kind {
        CREATED, UPDATED, PUBLISHED, UNPUBLISHED, DELETED
    }
}
