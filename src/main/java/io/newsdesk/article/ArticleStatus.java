package io.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a story is in its life. Scheduled stories become published when their time comes. */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
