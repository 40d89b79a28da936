package io.newsdesk.feed;

import io.newsdesk.article.StoryFormat;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;

/** The story formats this feature offers on {@code GET /articles/{article}}: ninjs first when Accept ties, then JSON-LD. */
@Singleton
class Formats {

    @Produces
    @Singleton
    StoryFormat ninjs(SyndicationService syndication) {
        return new Format("ninjs", MediaType.valueOf(NinjsWriter.MEDIA_TYPE), 1, syndication, true);
    }

    @Produces
    @Singleton
    StoryFormat jsonLd(SyndicationService syndication) {
        return new Format("jsonld", MediaType.valueOf(JsonLdWriter.MEDIA_TYPE), 2, syndication, false);
    }

    private record Format(String name, MediaType mediaType, int preference, SyndicationService syndication,
            boolean ninjs) implements StoryFormat {

        @Override
        public Rendered render(String key, String language) {
            Masthead masthead = syndication.masthead();
            return ninjs ? syndication.ninjs(key, language, masthead) : syndication.jsonLd(key, language, masthead);
        }
    }
}
