package io.newsdesk.feed;

import io.newsdesk.article.StoryFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;

/** A story as a schema.org NewsArticle in JSON-LD. */
@ApplicationScoped
class JsonLdFormat implements StoryFormat {
    private static final MediaType TYPE = MediaType.valueOf(JsonLdWriter.MEDIA_TYPE);
    private final SyndicationService syndication;

    JsonLdFormat(SyndicationService syndication) {
        this.syndication = syndication;
    }

    @Override
    public String name() {
        return "jsonld";
    }

    @Override
    public MediaType mediaType() {
        return TYPE;
    }

    @Override
    public int preference() {
        return 2;
    }

    @Override
    public Rendered render(String key, String language, URI base) {
        return syndication.jsonLd(key, language, syndication.masthead(base));
    }
}
