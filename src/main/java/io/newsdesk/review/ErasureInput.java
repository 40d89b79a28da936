package io.newsdesk.review;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reader's request to be forgotten. The address travels in the body, not the URL, so it never
 * lands in access logs.
 */
@Schema(name = "ErasureInput", description = "Erase every review submitted with this e-mail address.")
public record ErasureInput(
        @NotBlank @Email @Size(max = 254) @Schema(required = true, examples = "reader@example.org") String email) {

    @Schema(name = "ErasureResult", description = "How many reviews were erased, history included.")
    public record Result(@Schema(required = true) long erased) {
    }
}
