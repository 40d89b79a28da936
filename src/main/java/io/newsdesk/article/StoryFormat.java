package io.newsdesk.article;

import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Instant;

/**
 * A representation of a story besides its JSON view (IPTC ninjs, schema.org JSON-LD). The feature that
 * writes the format implements it; {@code GET /articles/{article}} offers every one by {@code Accept}
 * or {@code ?format=}.
 */
public interface StoryFormat {

    /** The {@code ?format=} value that asks for it. */
    String name();

    MediaType mediaType();

    /** Ties in {@code Accept} go to the lowest. */
    int preference();

    /**
     * The story as the current caller may see it in this format; its absolute links are on the
     * configured public address, never on the one the request named.
     *
     * @throws io.newsdesk.common.DomainException.NotFound when the caller may not see it
     */
    Rendered render(String key, String language);

    /**
     * A body to send, with what its caching headers are made of: the story's id and section name the
     * cached copy ({@link io.newsdesk.common.cache.SurrogateKeys}).
     */
    record Rendered(Object body, Instant modified, int revision, java.util.UUID id, String section) {
    }
}
