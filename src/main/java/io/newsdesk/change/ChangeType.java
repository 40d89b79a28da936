package io.newsdesk.change;

import com.fasterxml.jackson.annotation.JsonValue;
import io.newsdesk.article.ArticleChanged;
import java.util.Locale;

/** What a change-log entry says happened. */
public enum ChangeType {
    CREATED, UPDATED, PUBLISHED, UNPUBLISHED, DELETED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ChangeType of(ArticleChanged.Kind kind) {
        return switch (kind) {
            case CREATED -> CREATED;
            case UPDATED -> UPDATED;
            case PUBLISHED -> PUBLISHED;
            case UNPUBLISHED -> UNPUBLISHED;
            case DELETED -> DELETED;
        };
    }

    /**
     * The type as someone who sees only public stories (of some sections) should read it: a story
     * that appears to them was published, one that disappears was unpublished, whatever the editor did
     * (a story created as published, moved into or out of a partner's sections, its embargo changed).
     *
     * @param before whether they could see the story before the change
     * @param after whether they can see it after
     */
    ChangeType asSeen(boolean before, boolean after) {
        if (this == DELETED) {
            return DELETED;
        }
        if (!before && after) {
            return PUBLISHED;
        }
        if (before && !after) {
            return UNPUBLISHED;
        }
        return this;
    }
}
