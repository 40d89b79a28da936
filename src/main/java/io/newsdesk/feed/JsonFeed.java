package io.newsdesk.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A feed page as JSON Feed 1.1 (https://jsonfeed.org/version/1.1); its member names are that spec's. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "JsonFeed", description = "JSON Feed 1.1, served as application/feed+json.")
public record JsonFeed(
        @Schema(required = true, enumeration = JsonFeed.VERSION) String version,
        @Schema(required = true) String title,
        @JsonProperty("home_page_url") String homePageUrl,
        @JsonProperty("feed_url") @Schema(required = true) String feedUrl,
        String description,
        @JsonProperty("next_url") @Schema(description = "The next page; absent on the last page.") String nextUrl,
        String icon,
        String language,
        @Schema(required = true) List<Author> authors,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(required = true) List<Item> items) {

    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "JsonFeedItem")
    public record Item(
            @Schema(required = true, description = "Stable across edits.", examples = "urn:uuid:0f6b7c1e-6a0e-4a53-9d4e-5b1de8f0c9a1") String id,
            @Schema(required = true) String url,
            @Schema(required = true) String title,
            // Always present, even empty: an item must have content_html or content_text.
            @JsonProperty("content_html") @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(required = true) String contentHtml,
            @JsonProperty("content_text") @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(required = true) String contentText,
            String summary,
            String image,
            @JsonProperty("date_published") @Schema(required = true) Instant datePublished,
            @JsonProperty("date_modified") @Schema(required = true) Instant dateModified,
            List<Author> authors,
            List<String> tags,
            @Schema(required = true) String language) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "JsonFeedAuthor")
    public record Author(@Schema(required = true) String name, String url, String avatar) {
    }
}
