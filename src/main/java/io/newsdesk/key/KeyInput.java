package io.newsdesk.key;

import io.newsdesk.common.StorableTime;
import io.newsdesk.common.security.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KeyInput", description = "A new API key.")
public record KeyInput(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Harbour Gazette syndication") String name,
        @NotNull @Schema(required = true) Role role,
        @Size(max = 50) @Schema(description = "The only sections the key may see (and, for editors, write in); absent for all, an empty list for none.") List<@NotBlank String> sections,
        @Min(1) @Max(100_000) @Schema(description = "Requests per minute; the role's default when absent.") Integer rateLimit,
        @StorableTime @Schema(description = "The key stops working at this time.") OffsetDateTime expiresAt) {
}
