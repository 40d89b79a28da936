package io.newsdesk.feed;

import io.newsdesk.article.StoryFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;

/** A story as IPTC ninjs 2.2, preferred over JSON-LD when {@code Accept} ties. */
@ApplicationScoped
class NinjsFormat implements StoryFormat {
    private static final MediaType TYPE = MediaType.valueOf(NinjsWriter.MEDIA_TYPE);
    private final SyndicationService syndication;

    NinjsFormat(SyndicationService syndication) {
        this.syndication = syndication;
    }

    @Override
    public String name() {
        return "ninjs";
    }

    @Override
    public MediaType mediaType() {
        return TYPE;
    }

    @Override
    public int preference() {
        return 1;
    }

    @Override
    public Rendered render(String key, String language, URI base) {
        return syndication.ninjs(key, language, syndication.masthead(base));
    }
}
