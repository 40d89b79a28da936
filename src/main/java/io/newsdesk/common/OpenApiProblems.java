package io.newsdesk.common;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the contract with the problem answers every operation of a kind can give (bad input and
 * request targets, auth, media types, concurrent writes, failed read preconditions, rate limits, an
 * unreachable or busy database, server errors), so resources declare only the ones particular to them.
 */
public class OpenApiProblems implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getOperations().entrySet()) {
                complete(entry.getKey(), entry.getValue());
            }
        }
    }

    private static void complete(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        // RequestIds refuses a malformed request target before any operation sees it.
        add(responses, "400", hasBody || hasParameters
                ? "The request is not valid: malformed JSON, fields or parameters that break the rules (see errors), "
                        + "or a malformed request target."
                : "The request target is malformed: broken percent-encoding, or characters a URI cannot hold.");
        if (hasBody) {
            add(responses, "413", "The request body is too large.");
            add(responses, "415", "The Content-Type is not accepted here.");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "401", "No token, or a token that is unknown, revoked or expired.");
            add(responses, "403", "The token's role does not allow this operation.");
        } else {
            add(responses, "401", "A token was sent but is unknown, revoked or expired (public reads need none).");
        }
        add(responses, "406", "None of the media types in Accept can be served.");
        if (write) {
            // ProblemMapper: a unique key or a reference the database refuses, whichever write it is.
            add(responses, "409", "Another request changed the same thing at the same time (a name, slug or position "
                    + "taken, or something referred to removed); nothing was saved. Read the current state and retry.");
        } else if (responses.hasAPIResponse("304")) {
            // A read that answers 304 weighs its preconditions through HttpCaching, If-Match among them.
            add(responses, "412", "If-Match names no current representation of the resource, or (where it has a "
                    + "Last-Modified) it changed after If-Unmodified-Since.");
        }
        add(responses, "414", "The request target is longer than " + RequestIds.MAX_URI_LENGTH + " characters.");
        add(responses, "429", "Too many requests from this key (or, without a token, this address); "
                + "Retry-After says in how many seconds to try again.");
        add(responses, "500", "The server could not complete the request.");
        add(responses, "503", write
                ? "The database cannot be reached (unavailable), or other writes held what this one needed for too long "
                        + "(busy); nothing was changed. Retry-After says when to try again."
                : "The database cannot be reached (unavailable), or did not answer in time (busy). Retry-After says "
                        + "when to try again.");
        for (String status : new String[] { "429", "503" }) {
            APIResponse response = responses.getAPIResponse(status);
            if (response.getHeaders() == null || !response.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)) {
                response.addHeader(HttpHeaders.RETRY_AFTER, OASFactory.createHeader()
                        .description("Seconds to wait before trying again.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (response.getContent() == null && entry.getKey().matches("[45]\\d\\d")) {
                response.setContent(OASFactory.createContent());
                response.getContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType());
            }
            Content content = response.getContent();
            if (content != null && content.hasMediaType(Problem.MEDIA_TYPE)
                    && content.getMediaType(Problem.MEDIA_TYPE).getSchema() == null) {
                content.getMediaType(Problem.MEDIA_TYPE).setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
            }
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
    }
}
