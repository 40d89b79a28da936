package io.newsdesk.review;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a reader submits. */
@Schema(name = "ReviewInput", description = "A reader's review. All text is plain text: markup is kept as typed and "
        + "never rendered.")
public record ReviewInput(
        @NotNull @Min(1) @Max(5) @Schema(required = true, minimum = "1", maximum = "5", examples = "4") Integer rating,
        @Size(max = 200) @Schema(maxLength = 200) String title,
        @NotNull @TextLength(min = MIN_BODY, max = MAX_BODY) @Schema(required = true, minLength = MIN_BODY,
                maxLength = MAX_BODY, description = "Plain text, 20 to 5,000 characters.") String body,
        @NotBlank @Size(max = 100) @Schema(required = true, maxLength = 100, description = "The name shown with the review.",
                examples = "Mara Lindqvist") String authorName,
        @Email @Size(max = 254) @Schema(maxLength = 254, description = "Never shown to anyone but moderators; lets the "
                + "reader have their reviews erased.") String email,
        @Size(max = 35) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", message = "must be a BCP 47 language tag such as en or pt-BR")
        @Schema(description = "BCP 47 language tag; the story's language when absent.", examples = "en") String language,
        @Schema(description = "Leave empty: a field people never see and automated submitters fill in. A submission "
                + "with a value here is answered like any other and never published.") String website) {
    static final int MIN_BODY = 20;
    static final int MAX_BODY = 5_000;
}
