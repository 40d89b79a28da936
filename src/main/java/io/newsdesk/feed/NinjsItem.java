package io.newsdesk.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A story as an IPTC ninjs 2.2 news item. Property names are the standard's own (all lower case),
 * which is why they do not follow this API's camelCase.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "NinjsItem", description = "An IPTC ninjs 2.2 news item (https://iptc.org/standards/ninjs/); "
        + "served as application/ninjs+json. Valid against the IPTC's ninjs 2.2 JSON Schema.")
public record NinjsItem(
        @Schema(required = true, description = "Stable identifier of the story across revisions.",
                examples = "urn:uuid:0f6b7c1e-6a0e-4a53-9d4e-5b1de8f0c9a1") String uri,
        @Schema(required = true) Standard standard,
        @Schema(required = true, enumeration = "text") String type,
        @Schema(required = true, enumeration = { "full", "partial" },
                description = "partial for canceled items, which carry no body.") String representationtype,
        @Schema(required = true, description = "The story's revision.", examples = "3") String version,
        @Schema(description = "Absent from canceled items sent to partners.") Instant firstcreated,
        @Schema(description = "Absent from canceled items sent to partners.") Instant versioncreated,
        @Schema(description = "Not to be published before this time.") Instant embargoed,
        @Schema(required = true, enumeration = { "usable", "withheld", "canceled" },
                description = "usable: public; withheld: not yet public (drafts, scheduled; editors only); "
                        + "canceled: unpublished or deleted, shown to partners and editors so they can withdraw it.")
        String pubstatus,
        @Schema(description = "1 (most urgent) to 9.") Integer urgency,
        @Schema(examples = "en", description = "Absent from canceled items sent to partners.") String language,
        @Schema(description = "The story's slug.") String slugline,
        @Schema(description = "role main: the headline; role standfirst: the standfirst. Absent from canceled items sent to partners, which carry only the story's uri, version and pubstatus.") List<Text> headlines,
        @Schema(description = "role teaser: the explicit teaser.") List<Text> descriptions,
        @Schema(description = "The body as sanitised HTML and as plain text, with counts of the running text.") List<Body> bodies,
        @Schema(description = "The byline.") String by,
        @Schema(description = "The dateline.") String located,
        @Schema(description = "The section (rel section) and the tags (rel tag).") List<Concept> subjects,
        @Schema(description = "People quoted in the story (rel quoted).") List<Concept> people,
        @Schema(description = "The story's images.") List<Picture> associations,
        String copyrightholder,
        String copyrightnotice,
        String usageterms,
        @Schema(description = "The editorial note; editors only.") String ednote) {

    public static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json";

    @Schema(name = "NinjsStandard")
    public record Standard(@Schema(required = true) String name, @Schema(required = true) String version,
            @Schema(required = true) String schema) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NinjsText")
    public record Text(String role, String contenttype, @Schema(required = true) String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NinjsBody")
    public record Body(@Schema(required = true) String role, @Schema(required = true) String contenttype,
            @Schema(required = true) int charcount, @Schema(required = true) int wordcount,
            @Schema(required = true) String value) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "NinjsConcept")
    public record Concept(@Schema(required = true) String name, @Schema(required = true) String rel, String uri,
            String literal) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "NinjsPicture", description = "An image of the story as a ninjs association.")
    public record Picture(@Schema(required = true) String name, @Schema(required = true) String uri,
            @Schema(required = true, enumeration = "picture") String type, String by, List<Text> descriptions,
            @Schema(required = true) List<Rendition> renditions) {
    }

    @Schema(name = "NinjsRendition")
    public record Rendition(@Schema(required = true) String name, @Schema(required = true) String href) {
    }
}
