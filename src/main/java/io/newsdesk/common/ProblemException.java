package io.newsdesk.common;

import java.util.List;
import java.util.Map;

/**
 * A refusal at the HTTP edge: a parameter, header or media type the API cannot take. Resources and
 * filters throw it; services refuse with {@link DomainException}. Turned into an RFC 9457 response in
 * {@link ProblemMapper} only.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;
    private final List<String> supportedMediaTypes;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
        this.supportedMediaTypes = List.of();
    }

    private ProblemException(List<String> supportedMediaTypes) {
        super("None of the media types in Accept can be served here; this resource is available as "
                + String.join(", ", supportedMediaTypes) + ".", null, false, false);
        this.status = 406;
        this.type = "not-acceptable";
        this.title = "Not Acceptable";
        this.errors = List.of();
        this.headers = Map.of();
        this.supportedMediaTypes = List.copyOf(supportedMediaTypes);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null, null);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail, null, null);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(400, "validation-failed", "Request is not valid",
                errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are not valid", errors, null);
    }

    public static ProblemException invalid(FieldError error) {
        return invalid(List.of(error));
    }

    /** 406, naming the media types the resource can be served in. */
    public static ProblemException notAcceptable(List<String> supportedMediaTypes) {
        return new ProblemException(supportedMediaTypes);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public List<String> supportedMediaTypes() {
        return supportedMediaTypes;
    }
}
