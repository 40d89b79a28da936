package io.newsdesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become RFC 9457 problems. Nothing internal leaks past here. */
public class ProblemMapper {

    /** Field names a client may never set: the server owns them. */
    private static final Set<String> SERVER_OWNED = Set.of("id", "revision", "createdAt", "updatedAt", "publishedAt",
            "reviewSummary", "links", "bodyHtml", "bodyText");

    private final ProblemWriter writer;

    public ProblemMapper(ProblemWriter writer) {
        this.writer = writer;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response.ResponseBuilder response = writer.response(writer.problem(request, e.status(), e.type(), e.title(),
                e.getMessage(), e.errors(), e.supportedMediaTypes()));
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpServerRequest request) {
        return writer.response(writer.problem(request, status(e), type(e), title(e), e.getMessage(), e.errors(), List.of()))
                .build();
    }

    /** The HTTP status of a domain refusal; also for answers that carry problems inside (import results). */
    public static int status(DomainException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case GONE -> 410;
            case CONFLICT -> 409;
            case INVALID, MALFORMED -> 400;
            case UNPROCESSABLE -> 422;
            case REVISION_REQUIRED -> 428;
            case STALE -> 412;
        };
    }

    /** The problem type of a domain refusal, without the {@code /problems/} prefix. */
    public static String type(DomainException e) {
        return e.code() != null ? e.code() : switch (e.kind()) {
            case NOT_FOUND -> "not-found";
            case FORBIDDEN -> "forbidden";
            case GONE -> "gone";
            case CONFLICT -> "conflict";
            case INVALID -> "validation-failed";
            case MALFORMED -> "bad-request";
            case UNPROCESSABLE -> "unprocessable";
            case REVISION_REQUIRED -> "precondition-required";
            case STALE -> "precondition-failed";
        };
    }

    public static String title(DomainException e) {
        return e.title() != null ? e.title() : switch (e.kind()) {
            case NOT_FOUND -> "Not found";
            case FORBIDDEN -> "Forbidden";
            case GONE -> "Gone";
            case CONFLICT -> "Conflict";
            case INVALID -> "Request is not valid";
            case MALFORMED -> "Bad request";
            case UNPROCESSABLE -> "Unprocessable content";
            case REVISION_REQUIRED -> "Precondition required";
            case STALE -> "Precondition failed";
        };
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "Error" : statusType.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at " + request.path() + ".";
            case 405 -> request.method() + " is not allowed on " + request.path() + ".";
            case 406 -> "None of the media types in Accept can be served here.";
            case 415 -> "Content-Type " + request.getHeader(HttpHeaders.CONTENT_TYPE) + " is not accepted here.";
            default -> status >= 500 ? "The server could not complete the request." : title + ".";
        };
        Response.ResponseBuilder response = writer.response(request, status, typeOf(status), title, detail, null);
        if (e instanceof NotAllowedException) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            if (allow != null) {
                response.header(HttpHeaders.ALLOW, allow);
            }
        }
        return response.build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        if (DatabaseOutage.causedBy(e)) {
            return unavailable(request);
        }
        String detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? "This operation needs a token: send Authorization: Bearer <token>."
                : "The token is unknown, revoked or expired.";
        return writer.response(request, 401, "unauthorized", "Unauthorized", detail, null)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsdesk\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return writer.response(request, 403, "forbidden", "Forbidden",
                "The token's role does not allow this operation.", null).build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentEdit(RuntimeException e, HttpServerRequest request) {
        return writer.response(request, 412, "precondition-failed", "Precondition failed",
                "The resource was changed by another request at the same time; fetch it again and retry.", null).build();
    }

    /** Listed one by one: the REST layer's own mappers for these types would otherwise win. */
    @ServerExceptionMapper({ JsonProcessingException.class, com.fasterxml.jackson.core.JsonParseException.class,
            com.fasterxml.jackson.core.io.JsonEOFException.class, com.fasterxml.jackson.core.exc.StreamReadException.class,
            JsonMappingException.class, MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, com.fasterxml.jackson.databind.exc.InvalidTypeIdException.class,
            com.fasterxml.jackson.databind.exc.ValueInstantiationException.class })
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String name = unknown.getPropertyName();
            String message = SERVER_OWNED.contains(name) ? "is set by the server and cannot be written"
                    : "is not a known field";
            return invalid(request, pointer(unknown), message);
        }
        if (e instanceof InvalidFormatException format) {
            return invalid(request, pointer(format), "has an invalid value: " + describe(format.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return invalid(request, pointer(mismatch), "must be " + describe(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalid(request, pointer(mapping), "has an invalid value");
        }
        return writer.response(request, 400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON of the expected shape.", null).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> FieldError.parameter(lastNode(v.getPropertyPath()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::parameter))
                .toList();
        return problem(ProblemException.invalid(errors), request);
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseOutage.causedBy(e)) {
            Log.warnf("Database unreachable on %s %s: %s", request.method(), request.path(), e.getMessage());
            return unavailable(request);
        }
        if (LockContention.causedBy(e)) {
            // Other writes held a lock this one needed for longer than the lock timeout: nothing was saved.
            Log.warnf("Lock not granted in time on %s %s: %s", request.method(), request.path(), e.getMessage());
            return writer.response(request, 503, "busy", "Busy", "Other writes held what this one needed for too "
                    + "long; nothing was saved. Send the same request again.", null)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(LockContention.RETRY_AFTER_SECONDS)).build();
        }
        if (integrityViolation(e)) {
            // Two requests raced for the same unique key (a slug, a speaker, a position), or one removed
            // what the other refers to: the loser's transaction rolled back, and it may simply retry.
            Log.debugf(e, "Constraint violated on %s %s", request.method(), request.path());
            return writer.response(request, 409, "conflict", "Conflict", "Another request changed the same thing at "
                    + "the same time (a name, slug or position already taken, or something referred to removed); "
                    + "nothing was saved. Read the current state and retry.", null).build();
        }
        Log.errorf(e, "Unexpected failure on %s %s", request.method(), request.path());
        return writer.response(request, 500, "internal-error", "Internal server error",
                "The server could not complete the request. Quote the request id when reporting it.", null).build();
    }

    /**
     * Whether the failure, however wrapped (flush, commit, CDI), is the database refusing a write that
     * breaks a unique key or a reference: SQL state class 23 on both H2 and PostgreSQL.
     */
    public static boolean integrityViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** The database cannot be reached: nothing was done, and the client may try again shortly. */
    private Response unavailable(HttpServerRequest request) {
        return writer.response(request, 503, "unavailable", "Service unavailable",
                "The database cannot be reached; nothing was changed. Try again in a few seconds.", null)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS)).build();
    }

    private Response invalid(HttpServerRequest request, String pointer, String message) {
        return problem(ProblemException.invalid(FieldError.body(pointer, message)), request);
    }

    static String typeOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "http-" + status;
        };
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/');
            if (ref.getFieldName() != null) {
                pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                pointer.append(ref.getIndex());
            }
        }
        return pointer.isEmpty() ? "" : pointer.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an RFC 3339 timestamp such as 2026-05-01T09:30:00Z";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "an object";
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? "request" : name;
    }
}
