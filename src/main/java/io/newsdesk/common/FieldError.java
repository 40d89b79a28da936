package io.newsdesk.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reason a request was refused: a JSON pointer into the body, or the query parameter at fault. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FieldError", description = "One invalid part of a request.")
public record FieldError(
        @Schema(description = "RFC 6901 JSON pointer into the request body.", examples = "/headline") String pointer,
        @Schema(description = "Name of the query or path parameter at fault, when the fault is not in the body.") String parameter,
        @Schema(description = "What is wrong, for a person.", examples = "must not be blank") String message) {

    public static FieldError body(String pointer, String message) {
        return new FieldError(pointer, null, message);
    }

    public static FieldError parameter(String name, String message) {
        return new FieldError(null, name, message);
    }
}
