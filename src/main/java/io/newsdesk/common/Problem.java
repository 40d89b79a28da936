package io.newsdesk.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body: the only shape an error ever has. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
public record Problem(
        @Schema(required = true, description = "URI reference naming the kind of problem.", examples = "/problems/validation-failed") String type,
        @Schema(required = true, examples = "Request is not valid") String title,
        @Schema(required = true, examples = "400") int status,
        @Schema(description = "What went wrong with this request.") String detail,
        @Schema(description = "The request path.") String instance,
        @Schema(description = "Echo of the X-Request-Id header, for support requests.") String requestId,
        @Schema(description = "Per-field reasons for validation failures.") List<FieldError> errors,
        @Schema(description = "With 406: the media types the resource can be served in.",
                examples = "[\"application/json\", \"application/ninjs+json\"]") List<String> supportedMediaTypes) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
