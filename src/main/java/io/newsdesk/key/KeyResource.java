package io.newsdesk.key;

import io.newsdesk.common.Problem;
import java.time.Clock;
import io.newsdesk.common.Params;
import io.newsdesk.common.security.Role;
import io.newsdesk.common.security.Tokens;
import io.newsdesk.common.security.Caller;
import io.newsdesk.common.Time;
import io.newsdesk.common.FieldError;
import io.newsdesk.common.HttpCaching;
import io.newsdesk.common.ProblemException;
import io.newsdesk.common.Validation;
import io.newsdesk.common.ratelimit.RateLimitConfig;
import io.newsdesk.article.SectionRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import io.newsdesk.common.cache.Purge;
import io.newsdesk.common.cache.SurrogateKeys;
import jakarta.enterprise.event.Event;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/keys")
@Tag(name = "Keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@SecurityRequirement(name = Caller.BEARER)
public class KeyResource {
    private final Clock clock;
    private final ApiKeyRepository keys;
    private final SectionRepository sections;
    private final Validator validator;
    private final RateLimitConfig limits;

    private final Event<Purge> purges;

    public KeyResource(ApiKeyRepository keys, SectionRepository sections, Validator validator, RateLimitConfig limits,
            Event<Purge> purges, Clock clock) {
        this.purges = purges;
        this.clock = clock;
        this.keys = keys;
        this.sections = sections;
        this.validator = validator;
        this.limits = limits;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Create an API key", description = "The answer carries the secret; it is stored only as a hash and never shown again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = KeyInput.class),
            examples = @ExampleObject(name = "partner", value = "{\"name\": \"Harbour Gazette syndication\", "
                    + "\"role\": \"partner\", \"sections\": [\"politics\", \"world\"], \"rateLimit\": 300}")))
    @APIResponse(responseCode = "201", description = "Created, with the secret.",
            content = @Content(schema = @Schema(implementation = KeyView.class)))
    public Response create(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri, KeyInput input) {
        Validation.body(validator, input);
        List<String> known = sections.allSlugs();
        List<String> limited = input.sections() == null ? null
                : input.sections().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        if (limited != null) {
            for (int i = 0; i < limited.size(); i++) {
                if (!known.contains(limited.get(i))) {
                    throw ProblemException.invalid(FieldError.body("/sections/" + i, "is not a known section"));
                }
            }
        }
        String secret = Tokens.newSecret();
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.name = input.name().strip();
        key.role = input.role();
        key.tokenHash = Tokens.hash(secret);
        key.tokenPrefix = secret.substring(0, 10);
        // An empty list is kept as such: a key limited to no section sees none, never all of them.
        key.sections = limited == null ? null : String.join(",", limited);
        key.rateLimit = input.rateLimit();
        key.createdAt = Time.now(clock);
        key.expiresAt = input.expiresAt() == null ? null : Time.micros(input.expiresAt().toInstant());
        keys.persist(key);
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, HttpCaching.location(uri, KeyResource.class, key.id.toString())).entity(view(key, secret))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    @GET
    @Transactional
    @Operation(summary = "List API keys", description = "Active keys, newest first, without secrets.")
    @APIResponse(responseCode = "200", description = "The keys.",
            content = @Content(schema = @Schema(implementation = KeyList.class)))
    public Response list() {
        List<KeyView> items = keys.listActive().stream().map(k -> view(k, null)).toList();
        return Response.ok(new KeyList(items, null)).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Get an API key", description = "One key without its secret, revoked ones included.")
    @APIResponse(responseCode = "200", description = "The key.",
            content = @Content(schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "404", description = "No such key.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@PathParam("id") String id) {
        ApiKey key = parse(id).flatMap(keys::findByIdOptional)
                .orElseThrow(() -> ProblemException.notFound("No key with id '" + id + "'."));
        return Response.ok(view(key, null)).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "Revoke an API key", description = "The key stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "404", description = "No such active key.", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response revoke(@PathParam("id") String id) {
        ApiKey key = parse(id).flatMap(keys::findByIdOptional).filter(k -> k.revokedAt == null)
                .orElseThrow(() -> ProblemException.notFound("No active key with id '" + id + "'."));
        key.revokedAt = Time.now(clock);
        purges.fire(Purge.of(SurrogateKeys.API_KEYS));
        return Response.noContent().build();
    }

    private KeyView view(ApiKey key, String secret) {
        return KeyView.from(key, limits.limitFor(key.role, key.rateLimit), secret);
    }

    private static java.util.Optional<UUID> parse(String id) {
        return Params.uuid(id);
    }

    @Schema(name = "KeyList")
    public record KeyList(@Schema(required = true) List<KeyView> items,
            @Schema(required = true, nullable = true) String next) {
    }
}
