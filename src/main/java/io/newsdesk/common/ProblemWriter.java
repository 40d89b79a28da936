package io.newsdesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Serialises problems. Bodies are written as bytes with their media type set here, so a problem can
 * be sent whatever the client's Accept header asked for and from outside the REST layer too.
 */
@ApplicationScoped
public class ProblemWriter {
    private final ObjectMapper mapper;

    public ProblemWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Problem problem(HttpServerRequest request, int status, String type, String title, String detail,
            List<FieldError> errors) {
        return problem(request, status, type, title, detail, errors, null);
    }

    public Problem problem(HttpServerRequest request, int status, String type, String title, String detail,
            List<FieldError> errors, List<String> supportedMediaTypes) {
        return new Problem("/problems/" + type, title, status, detail, request.path(),
                request.getHeader(RequestIds.HEADER), errors == null || errors.isEmpty() ? null : errors,
                supportedMediaTypes == null || supportedMediaTypes.isEmpty() ? null : supportedMediaTypes);
    }

    public byte[] bytes(Problem problem) {
        try {
            return mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response.ResponseBuilder response(HttpServerRequest request, int status, String type, String title,
            String detail, List<FieldError> errors) {
        return response(problem(request, status, type, title, detail, errors));
    }

    public Response.ResponseBuilder response(Problem problem) {
        return Response.status(problem.status())
                .entity(bytes(problem))
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** Answers a request with a problem from the HTTP edge, where no REST mapper runs. */
    public void send(RoutingContext ctx, int status, String type, String title, String detail) {
        byte[] body = bytes(problem(ctx.request(), status, type, title, detail, null));
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(Buffer.buffer(body));
    }
}
