package io.newsdesk.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookInput", description = "A new webhook subscription.")
public record WebhookInput(
        @NotBlank @Size(max = 2000) @Schema(required = true, description = "An http or https URL that accepts POST.",
                examples = "https://hooks.harbour-gazette.example/newsdesk") String url,
        @Size(max = 20) @Schema(description = "Event types to send, such as `article.published` or "
                + "`article.deleted`; absent or empty sends all.") List<@NotBlank String> events,
        @Size(max = 50) @Schema(description = "Only changes of stories in these sections; absent sends all, an empty list none.")
        List<@NotBlank String> sections,
        @Size(max = 200) @Schema(description = "Your own signing secret, `whsec_` followed by 24 to 64 base64 "
                + "bytes; one is made when absent.") String secret,
        @Size(max = 500) @Schema(description = "A note for administrators.") String description) {
}
