package io.newsdesk.feed;

import io.newsdesk.quote.Quotation;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A story as a schema.org NewsArticle in JSON-LD. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "NewsArticle", description = "A schema.org NewsArticle (https://schema.org/NewsArticle) in JSON-LD; "
        + "served as application/ld+json.")
public record NewsArticle(
        @JsonProperty("@context") @Schema(required = true, enumeration = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(required = true, enumeration = "NewsArticle") String type,
        @JsonProperty("@id") @Schema(required = true, description = "The story's absolute API address.") String id,
        @Schema(required = true, description = "Stable identifier across revisions.") String identifier,
        @Schema(required = true) String url,
        @Schema(required = true) String headline,
        String description,
        @JsonInclude(JsonInclude.Include.ALWAYS) @Schema(required = true, description = "The body as plain text.") String articleBody,
        @Schema(required = true) int wordCount,
        Instant datePublished,
        @Schema(required = true) Instant dateModified,
        @Schema(required = true) Instant dateCreated,
        List<Party> author,
        @Schema(required = true) Party publisher,
        Party copyrightHolder,
        String copyrightNotice,
        @Schema(required = true) String articleSection,
        List<String> keywords,
        @Schema(required = true) String inLanguage,
        @Schema(required = true) Page mainEntityOfPage,
        List<String> image,
        Place locationCreated,
        @Schema(required = true, enumeration = { "draft", "scheduled", "published", "unpublished" }) String creativeWorkStatus,
        @Schema(description = "Statements quoted in the story.") List<Quote> hasPart) {

    /** A schema.org Person or Organization. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SchemaOrgParty", description = "A schema.org Person or Organization.")
    public record Party(@JsonProperty("@type") @Schema(required = true, enumeration = { "Person", "Organization" }) String type,
            @JsonProperty("@id") String id, @Schema(required = true) String name, String jobTitle, String url,
            String logo) {

        static Party person(String name) {
            return new Party("Person", null, name, null, null, null);
        }
    }

    @Schema(name = "SchemaOrgWebPage")
    public record Page(@JsonProperty("@type") @Schema(required = true, enumeration = "WebPage") String type,
            @JsonProperty("@id") @Schema(required = true) String id) {
    }

    @Schema(name = "SchemaOrgPlace")
    public record Place(@JsonProperty("@type") @Schema(required = true, enumeration = "Place") String type,
            @Schema(required = true) String name) {
    }

    @Schema(name = "SchemaOrgQuotation")
    public record Quote(@JsonProperty("@type") @Schema(required = true, enumeration = "Quotation") String type,
            @Schema(required = true) String text, @Schema(required = true) Party creator) {
    }
}
