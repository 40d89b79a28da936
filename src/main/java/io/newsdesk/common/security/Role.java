package io.newsdesk.common.security;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/** What a token may do. Higher roles carry the lower ones they include. */
public enum Role {
    PARTNER, EDITOR, MODERATOR, ADMIN;

    public static final String PARTNER_NAME = "partner";
    public static final String EDITOR_NAME = "editor";
    public static final String MODERATOR_NAME = "moderator";
    public static final String ADMIN_NAME = "admin";

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The security roles a token of this role holds. */
    public Set<String> grants() {
        return switch (this) {
            case PARTNER -> Set.of(PARTNER_NAME);
            case EDITOR -> Set.of(EDITOR_NAME, PARTNER_NAME);
            case MODERATOR -> Set.of(MODERATOR_NAME);
            case ADMIN -> Set.of(ADMIN_NAME, EDITOR_NAME, MODERATOR_NAME, PARTNER_NAME);
        };
    }
}
