package io.newsdesk.article;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum BlockType {
    PARAGRAPH, HEADING, QUOTE, IMAGE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
