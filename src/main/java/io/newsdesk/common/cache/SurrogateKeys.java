package io.newsdesk.common.cache;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The names a cached representation is filed under, sent as {@code Surrogate-Key} so that a CDN in
 * front purges by the same names this node does. A write names what it changed; every representation
 * carrying one of those names is dropped.
 */
public final class SurrogateKeys {
    public static final String HEADER = "Surrogate-Key";
    /** Lists across sections: all sections, the feed of every section. */
    public static final String LISTS = "lists";
    /** Everything: after a reconnect, or a change whose reach is not worth working out (a speaker's name). */
    public static final String ALL = "all";
    /** API keys: a revocation drops every key this node remembers (never a header, only a purge). */
    public static final String API_KEYS = "api-keys";

    private SurrogateKeys() {
    }

    /** A story in any of its representations, and every list that shows it. */
    public static String story(UUID id) {
        return "story-" + id;
    }

    /** The lists of one section: its teasers, its feeds, the section itself. */
    public static String section(String slug) {
        return "section-" + slug;
    }

    /** Every story filed in a section, which shows the section's name. */
    public static String storiesIn(String slug) {
        return "stories-" + slug;
    }

    /**
     * A list: its own key, and each story it shows, so that a story moved to another section or taken
     * down also leaves the lists it was on.
     */
    public static Set<String> list(String key, Collection<UUID> stories) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        stories.forEach(id -> keys.add(story(id)));
        return keys;
    }

    /** The header value: the keys separated by spaces. */
    public static String header(Collection<String> keys) {
        return String.join(" ", new LinkedHashSet<>(keys));
    }

    public static Set<String> parse(String header) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : header.trim().split("\\s+")) {
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }
}
