package io.newsdesk;

import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsdesk.common.security.Tokens;
import io.newsdesk.support.Api;
import io.newsdesk.support.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Who may do what (OWASP API Security Top 10, 2023: broken object and function level authorisation,
 * excessive data exposure, mass assignment): every operation of the contract × every kind of caller, from
 * the one table {@link #OPERATIONS}. An operation of {@code openapi/openapi.yaml} that is not in the
 * table fails {@link #shouldClassifyEveryOperationOfTheContract()}, so a new one must be classified.
 * Every answer of the matrix is scanned for planted markers: drafts, scheduled and embargoed stories,
 * editorial notes, reviewers' e-mail addresses, key secrets and hashes and a webhook secret; and the
 * application's log and the access log are scanned for the tokens.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Callers. Section-limited keys are limited to politics (the fixtures' section) or to science (elsewhere). */
    enum Who { NONE, PARTNER_IN_SECTION, PARTNER, EDITOR, EDITOR_ELSEWHERE, MODERATOR, ADMIN, REVOKED, EXPIRED }

    /** Who an operation is for. */
    enum Access {
        /** Anyone, with or without a token. */
        PUBLIC,
        /** Partners and the roles that include it (editor, admin). */
        PARTNER,
        /** Editors and admins. */
        EDITOR,
        /** Editors, moderators and admins: opening and closing a story for reviews. */
        REVIEW_SETTINGS,
        /** Moderating reviews (the queue, reading, deciding): moderators and admins only. */
        MODERATION,
        /** Reading reviewers' addresses and erasing reviews: moderators and admins only. */
        ERASURE,
        /** Admins: keys and webhooks. */
        ADMIN
    }

    /** A request of the matrix. */
    record Call(String method, String path, String contentType, Object body, Map<String, String> headers) {
        static Call get(String path) {
            return new Call("GET", path, null, null, Map.of());
        }

        static Call json(String method, String path, Object body) {
            return new Call(method, path, ContentType.JSON.toString(), body, Map.of());
        }

        Call with(String header, String value) {
            Map<String, String> all = new HashMap<>(headers);
            all.put(header, value);
            return new Call(method, path, contentType, body, all);
        }

        Call as(String type) {
            return new Call(method, path, type, body, headers);
        }
    }

    /**
     * One operation: who it is for, what success is, how to call it, and whether it reaches a politics story
     * or section ({@code story}), which a key limited to other sections must not reach: reads answer 404,
     * writes 403 or 404. Moderating reviews is not limited by section.
     */
    record Operation(String key, Access access, int success, boolean story, Set<Integer> elsewhere,
            Function<AccessMatrixTest, Call> call) {
    }

    /**
     * The table. {@code elsewhere} is what a key limited to other sections gets when the operation touches a
     * politics story without naming it (a story in the body, a list); null when it is like any other caller.
     */
    static final List<Operation> OPERATIONS = List.of(
            op("GET /api/v1/articles", Access.PUBLIC, 200, false, t -> Call.get("/api/v1/articles?limit=100&tag=" + t.tag)),
            op("POST /api/v1/articles", Access.EDITOR, 201, false, Set.of(403, 404, 422),
                    t -> Call.json("POST", "/api/v1/articles", t.storyBody("Created"))),
            op("GET /api/v1/articles/{article}", Access.PUBLIC, 200, true, t -> Call.get("/api/v1/articles/" + t.live)),
            op("PUT /api/v1/articles/{article}", Access.EDITOR, 200, true, t -> {
                String id = t.freshStory(true);
                return Call.json("PUT", "/api/v1/articles/" + id, t.storyBody("Replaced")).with("If-Match", Api.etag(id));
            }),
            op("PATCH /api/v1/articles/{article}", Access.EDITOR, 200, true, t -> {
                String id = t.freshStory(true);
                return Call.json("PATCH", "/api/v1/articles/" + id, Map.of("standfirst", "A changed standfirst."))
                        .as("application/merge-patch+json").with("If-Match", Api.etag(id));
            }),
            op("DELETE /api/v1/articles/{article}", Access.EDITOR, 204, true,
                    t -> new Call("DELETE", "/api/v1/articles/" + t.freshStory(true), null, null, Map.of())),
            op("POST /api/v1/articles/{article}/publish", Access.EDITOR, 200, true,
                    t -> new Call("POST", "/api/v1/articles/" + t.freshStory(false) + "/publish", null, null, Map.of())),
            op("POST /api/v1/articles/{article}/unpublish", Access.EDITOR, 200, true,
                    t -> new Call("POST", "/api/v1/articles/" + t.freshStory(true) + "/unpublish", null, null, Map.of())),
            op("GET /api/v1/articles/{article}/revisions", Access.EDITOR, 200, true,
                    t -> Call.get("/api/v1/articles/" + t.live + "/revisions")),
            op("GET /api/v1/articles/{article}/quotes", Access.PUBLIC, 200, true,
                    t -> Call.get("/api/v1/articles/" + t.live + "/quotes")),
            op("POST /api/v1/articles/{article}/quotes", Access.EDITOR, 201, true,
                    t -> Call.json("POST", "/api/v1/articles/" + t.freshStory(true) + "/quotes", quote(unique("Ana Ruiz")))),
            op("POST /api/v1/articles/{article}/quotes/extract", Access.EDITOR, 200, true,
                    t -> new Call("POST", "/api/v1/articles/" + t.live + "/quotes/extract", null, null, Map.of())),
            op("GET /api/v1/articles/{article}/related", Access.PUBLIC, 200, true,
                    t -> Call.get("/api/v1/articles/" + t.live + "/related")),
            op("PUT /api/v1/articles/{article}/related", Access.EDITOR, 200, true,
                    t -> Call.json("PUT", "/api/v1/articles/" + t.live + "/related", Map.of("ids", List.of()))),
            op("GET /api/v1/articles/{article}/reviews", Access.PUBLIC, 200, true,
                    t -> Call.get("/api/v1/articles/" + t.live + "/reviews")),
            op("POST /api/v1/articles/{article}/reviews", Access.PUBLIC, 202, true,
                    t -> Call.json("POST", "/api/v1/articles/" + t.live + "/reviews", review(unique("reader") + "@example.org"))
                            .with("X-Forwarded-For", Api.clientAddress())),
            op("PUT /api/v1/articles/{article}/reviews/settings", Access.REVIEW_SETTINGS, 200, true,
                    t -> Call.json("PUT", "/api/v1/articles/" + t.live + "/reviews/settings", Map.of("closed", false))),
            op("GET /api/v1/changes", Access.PARTNER, 200, false, null, t -> Call.get("/api/v1/changes?limit=100")),
            op("GET /api/v1/export", Access.EDITOR, 200, false, t -> Call.get("/api/v1/export")),
            op("POST /api/v1/import", Access.EDITOR, 200, false, Set.of(200, 403), t -> new Call("POST", "/api/v1/import",
                    "application/x-ndjson", t.importLine(), Map.of())),
            op("GET /api/v1/feeds/{feed}.json", Access.PUBLIC, 200, true, t -> Call.get("/api/v1/feeds/politics.json?limit=100")),
            op("GET /api/v1/feeds/{feed}.rss", Access.PUBLIC, 200, true, t -> Call.get("/api/v1/feeds/politics.rss?limit=100")),
            op("GET /api/v1/feeds/{feed}.atom", Access.PUBLIC, 200, true, t -> Call.get("/api/v1/feeds/politics.atom?limit=100")),
            op("GET /api/v1/keys", Access.ADMIN, 200, false, t -> Call.get("/api/v1/keys")),
            op("POST /api/v1/keys", Access.ADMIN, 201, false,
                    t -> Call.json("POST", "/api/v1/keys", Map.of("name", unique("matrix key"), "role", "partner"))),
            op("GET /api/v1/keys/{id}", Access.ADMIN, 200, false, t -> Call.get("/api/v1/keys/" + t.keyIds.get(Who.EDITOR))),
            op("DELETE /api/v1/keys/{id}", Access.ADMIN, 204, false,
                    t -> new Call("DELETE", "/api/v1/keys/" + t.freshKey(), null, null, Map.of())),
            op("GET /api/v1/quotes", Access.PUBLIC, 200, false, t -> Call.get("/api/v1/quotes?article=" + t.live)),
            op("GET /api/v1/quotes/{id}", Access.PUBLIC, 200, true, t -> Call.get("/api/v1/quotes/" + t.quote)),
            op("PUT /api/v1/quotes/{id}", Access.EDITOR, 200, true, t -> {
                String id = t.freshQuote();
                String etag = asEditor().when().get("/api/v1/quotes/" + id).then().statusCode(200).extract().header("ETag");
                return Call.json("PUT", "/api/v1/quotes/" + id, quote("Ana Ruiz")).with("If-Match", etag);
            }),
            op("DELETE /api/v1/quotes/{id}", Access.EDITOR, 204, true,
                    t -> new Call("DELETE", "/api/v1/quotes/" + t.freshQuote(), null, null, Map.of())),
            op("GET /api/v1/reviews", Access.MODERATION, 200, false, t -> Call.get("/api/v1/reviews?article=" + t.live)),
            op("GET /api/v1/reviews/{id}", Access.MODERATION, 200, false, t -> Call.get("/api/v1/reviews/" + t.pendingReview)),
            op("PATCH /api/v1/reviews/{id}", Access.MODERATION, 200, false, t -> {
                String id = t.freshReview();
                return Call.json("PATCH", "/api/v1/reviews/" + id, Map.of("status", "approved"))
                        .with("If-Match", t.reviewEtag(id));
            }),
            op("POST /api/v1/reviews/moderation", Access.MODERATION, 200, false,
                    t -> Call.json("POST", "/api/v1/reviews/moderation", Map.of("ids", List.of(t.freshReview()), "status", "rejected"))),
            op("DELETE /api/v1/reviews/{id}", Access.ERASURE, 204, false,
                    t -> new Call("DELETE", "/api/v1/reviews/" + t.freshReview(), null, null, Map.of())),
            op("POST /api/v1/reviews/erasure", Access.ERASURE, 200, false,
                    t -> Call.json("POST", "/api/v1/reviews/erasure", Map.of("email", t.freshReviewerAddress()))),
            op("GET /api/v1/search", Access.PUBLIC, 200, false, t -> Call.get("/api/v1/search?q=" + t.word)),
            op("GET /api/v1/sections", Access.PUBLIC, 200, false, t -> Call.get("/api/v1/sections")),
            // A key limited to some sections may not add sections, nor change or remove the others.
            op("POST /api/v1/sections", Access.EDITOR, 201, false, Set.of(403), t -> Call.json("POST", "/api/v1/sections",
                    Map.of("slug", slug(), "name", "Matrix section"))),
            op("GET /api/v1/sections/{slug}", Access.PUBLIC, 200, true, t -> Call.get("/api/v1/sections/politics")),
            op("PUT /api/v1/sections/{slug}", Access.EDITOR, 200, false, Set.of(404), t -> {
                String slug = t.freshSection();
                return Call.json("PUT", "/api/v1/sections/" + slug, Map.of("slug", slug, "name", "Renamed matrix section"));
            }),
            op("DELETE /api/v1/sections/{slug}", Access.EDITOR, 204, false, Set.of(404),
                    t -> new Call("DELETE", "/api/v1/sections/" + t.freshSection(), null, null, Map.of())),
            op("GET /api/v1/sections/{slug}/teasers", Access.PUBLIC, 200, true, t -> Call.get("/api/v1/sections/politics/teasers")),
            op("GET /api/v1/speakers", Access.PUBLIC, 200, false, t -> Call.get("/api/v1/speakers")),
            op("GET /api/v1/speakers/{slug}", Access.PUBLIC, 200, false, t -> Call.get("/api/v1/speakers/" + t.speaker)),
            op("POST /api/v1/speakers/{slug}/merge", Access.EDITOR, 200, false, t -> {
                String from = t.freshSpeaker();
                return Call.json("POST", "/api/v1/speakers/" + from + "/merge", Map.of("into", t.freshSpeaker()));
            }),
            op("POST /api/v1/speakers/{slug}/split", Access.EDITOR, 201, false, t -> {
                String quote = t.freshQuote();
                String speaker = asEditor().when().get("/api/v1/quotes/" + quote).then().extract().path("speaker.slug");
                return Call.json("POST", "/api/v1/speakers/" + speaker + "/split",
                        Map.of("name", unique("Split Speaker"), "quotes", List.of(quote)));
            }),
            op("GET /api/v1/webhooks", Access.ADMIN, 200, false, t -> Call.get("/api/v1/webhooks")),
            op("POST /api/v1/webhooks", Access.ADMIN, 201, false,
                    t -> Call.json("POST", "/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/matrix-hook"))),
            op("GET /api/v1/webhooks/{id}", Access.ADMIN, 200, false, t -> Call.get("/api/v1/webhooks/" + t.webhook)),
            op("DELETE /api/v1/webhooks/{id}", Access.ADMIN, 204, false,
                    t -> new Call("DELETE", "/api/v1/webhooks/" + t.freshWebhook(), null, null, Map.of())),
            op("GET /api/v1/webhooks/{id}/deliveries", Access.ADMIN, 200, false,
                    t -> Call.get("/api/v1/webhooks/" + t.webhook + "/deliveries")),
            // The jobs do not run in tests, so the delivery is still pending: 409 shows the call got through.
            op("POST /api/v1/webhooks/{id}/deliveries/{delivery}/replay", Access.ADMIN, 409, false,
                    t -> new Call("POST", "/api/v1/webhooks/" + t.webhook + "/deliveries/" + t.delivery + "/replay", null, null,
                            Map.of())));

    /**
     * An explicitly empty {@code sections} list on a partner key or a webhook: refused with 422 at creation, or
     * accepted and granting no section. Either is right; the test takes whichever the server does.
     */
    enum EmptySections { REFUSED, NOTHING_GRANTED, EITHER }

    static final EmptySections EMPTY_SECTIONS = EmptySections.EITHER;

    final String tag = unique("acl");
    final String word = "acl" + letters(10);
    private final Map<String, String> markers = new LinkedHashMap<>();
    final Map<Who, String> tokens = new EnumMap<>(Who.class);
    final Map<Who, String> keyIds = new EnumMap<>(Who.class);
    String live;
    String quote;
    String speaker;
    String pendingReview;
    String webhook;
    String delivery;

    /**
     * The matrix's webhooks point at a closed port: removed after each test, so that the stories later tests
     * write do not queue deliveries to them that every later dispatch run would retry.
     */
    @AfterEach
    void removeWebhooks() {
        List<Map<String, Object>> hooks = given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks").then()
                .statusCode(200).extract().path("items");
        hooks.stream().filter(h -> String.valueOf(h.get("url")).startsWith("http://127.0.0.1:9/"))
                .forEach(h -> given().auth().oauth2(ADMIN).when().delete("/api/v1/webhooks/" + h.get("id")).then()
                        .statusCode(204));
    }

    // ---------------------------------------------------------------- the table's checks

    @Test
    void shouldClassifyEveryOperationOfTheContract() throws IOException {
        Set<String> contract = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(Path.of("openapi/openapi.yaml"))) {
            Map<String, Map<String, Object>> paths = new Yaml().<Map<String, Map<String, Map<String, Object>>>>load(in).get("paths");
            paths.forEach((path, item) -> item.keySet().stream()
                    .filter(m -> Set.of("get", "put", "post", "patch", "delete").contains(m))
                    .forEach(m -> contract.add(m.toUpperCase() + " " + path)));
        }
        Set<String> table = new TreeSet<>();
        OPERATIONS.forEach(o -> assertTrue(table.add(o.key()), "listed twice: " + o.key()));
        Set<String> unclassified = new TreeSet<>(contract);
        unclassified.removeAll(table);
        Set<String> stale = new TreeSet<>(table);
        stale.removeAll(contract);
        assertEquals(Set.of(), unclassified, "operations of the contract missing from AccessMatrixTest.OPERATIONS");
        assertEquals(Set.of(), stale, "operations in AccessMatrixTest.OPERATIONS that the contract no longer has");
    }

    @Test
    void shouldAnswerEveryCallerOfEveryOperationAsTheTableSaysAndLeakNothing() {
        plant();
        LogCapture log = LogCapture.start();
        List<String> differences = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        int calls = 0;
        try {
            for (Operation operation : OPERATIONS) {
                for (Who who : Who.values()) {
                    Call call = operation.call().apply(this);
                    ExtractableResponse<Response> answer = send(who, call);
                    calls++;
                    Set<Integer> expected = expected(operation, who);
                    if (!expected.contains(answer.statusCode())) {
                        differences.add(operation.key() + " × " + who + ": expected " + expected + ", got "
                                + answer.statusCode() + " " + abbreviate(answer.asString()));
                    }
                    scan(operation.key() + " × " + who, who, answer, leaks);
                }
            }
            // A moderator who names a story it may not see learns nothing more than from an id that does not exist.
            for (String hidden : List.of(markers.get("draft-id"), markers.get("scheduled-id"), markers.get("embargoed-id"))) {
                String unknown = UUID.randomUUID().toString();
                for (String template : List.of("/api/v1/articles/%s/reviews/settings", "/api/v1/articles/%s/reviews",
                        "/api/v1/reviews?article=%s")) {
                    Call ofHidden = template.endsWith("settings") ? Call.json("PUT", template.formatted(hidden), Map.of("closed", true))
                            : template.endsWith("/reviews") ? Call.json("POST", template.formatted(hidden), review("a@example.org"))
                                    .with("X-Forwarded-For", Api.clientAddress()) : Call.get(template.formatted(hidden));
                    Call ofUnknown = new Call(ofHidden.method(), ofHidden.path().replace(hidden, unknown), ofHidden.contentType(),
                            ofHidden.body(), ofHidden.headers());
                    // Submissions are throttled per key: the partner's few are spent in the table above.
                    List<Who> callers = template.endsWith("/reviews") ? List.of(Who.MODERATOR, Who.NONE)
                            : List.of(Who.MODERATOR, Who.NONE, Who.PARTNER);
                    for (Who who : callers) {
                        ExtractableResponse<Response> a = send(who, ofHidden);
                        ExtractableResponse<Response> b = send(who, ofUnknown);
                        calls += 2;
                        String got = a.statusCode() + " " + a.path("type");
                        String want = b.statusCode() + " " + b.path("type");
                        if (!got.equals(want)) {
                            differences.add(ofHidden.method() + " " + template + " of a hidden story × " + who + ": got " + got
                                    + ", but an unknown id gets " + want);
                        }
                        scan("hidden story " + template + " × " + who, who, a, leaks);
                    }
                }
            }
        } finally {
            log.close();
        }
        List<String> loggedTokens = new ArrayList<>();
        for (String line : log.lines()) {
            for (Map.Entry<String, String> marker : markers.entrySet()) {
                if (marker.getKey().startsWith("secret") && line.contains(marker.getValue())) {
                    loggedTokens.add(marker.getKey() + " in log: " + abbreviate(line));
                }
            }
        }
        int made = calls;
        org.junit.jupiter.api.Assertions.assertAll(
                () -> assertTrue(made >= OPERATIONS.size() * Who.values().length),
                () -> assertEquals(List.of(), differences, differences.size() + " of " + made + " calls differ from the table"),
                () -> assertEquals(List.of(), leaks, "markers found where they must not be"),
                () -> assertEquals(List.of(), loggedTokens, "tokens or hashes in the log"));
    }

    @Test
    void shouldGrantNoSectionForAnExplicitlyEmptyList() {
        String story = published(storyIn("politics", unique("Empty sections story")));
        var key = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("empty sections"), "role", "partner", "sections", List.of()))
                .when().post("/api/v1/keys").then().extract();
        if (refused(key.statusCode(), "key")) {
            return;
        }
        String token = key.path("secret");
        given().auth().oauth2(token).when().get("/api/v1/articles/" + story).then().statusCode(404);
        List<String> changed = given().auth().oauth2(token).when().get("/api/v1/changes?limit=100").then().statusCode(200)
                .extract().path("items.articleId");
        assertEquals(List.of(), changed, "a key with no sections follows the changes of every section");

        var hook = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/empty-sections", "sections", List.of()))
                .when().post("/api/v1/webhooks").then().extract();
        if (refused(hook.statusCode(), "webhook")) {
            return;
        }
        published(storyIn("politics", unique("After the empty webhook")));
        List<Object> deliveries = given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks/" + hook.path("id") + "/deliveries")
                .then().statusCode(200).extract().path("items");
        assertEquals(List.of(), deliveries, "a webhook with no sections hears of every section");
    }

    @Test
    void shouldBuildFeedAndJsonLdLinksFromTheConfiguredAddressNotTheHostHeader() {
        String id = published(storyIn("politics", unique("Host header story")));
        String attacker = "attacker-" + letters(6) + ".example";
        List<String> leaks = new ArrayList<>();
        for (String path : List.of("/api/v1/feeds/politics.json", "/api/v1/feeds/politics.rss", "/api/v1/feeds/politics.atom",
                "/api/v1/articles/" + id + "?format=jsonld", "/api/v1/articles/" + id + "?format=ninjs")) {
            for (String header : List.of("Host", "X-Forwarded-Host")) {
                String body = given().header(header, attacker).when().get(path).then().statusCode(200).extract().asString();
                if (body.contains(attacker)) {
                    leaks.add(header + " → " + path);
                }
            }
        }
        assertEquals(List.of(), leaks, "links built from a client's Host header");
    }

    private static boolean refused(int status, String what) {
        if (EMPTY_SECTIONS != EmptySections.NOTHING_GRANTED && status == 422) {
            return true;
        }
        assertEquals(EMPTY_SECTIONS == EmptySections.REFUSED ? 422 : 201, status,
                "a " + what + " with an empty section list must be refused with 422 or grant nothing");
        return false;
    }

    @Test
    void shouldRefuseServerOwnedFieldsAndChangeNothing() {
        String owned = unique("owned");
        for (Map.Entry<String, Object> field : Map.<String, Object>of("id", UUID.randomUUID().toString(), "revision", 7,
                "createdAt", "2020-01-01T00:00:00Z", "updatedAt", "2020-01-01T00:00:00Z",
                "publishedAt", "2020-01-01T00:00:00Z", "reviewSummary", Map.of("count", 5)).entrySet()) {
            Map<String, Object> story = story(unique("Owned field story"));
            story.put("tags", List.of(owned));
            story.put(field.getKey(), field.getValue());
            asEditor().contentType(ContentType.JSON).body(story).when().post("/api/v1/articles").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.pointer", org.hamcrest.Matchers.hasItem("/" + field.getKey()));
        }
        asEditor().when().get("/api/v1/articles?tag=" + owned).then().statusCode(200).body("items", org.hamcrest.Matchers.empty());

        String id = published(story(unique("Owned revision story")));
        int revision = asEditor().when().get("/api/v1/articles/" + id).then().extract().path("revision");
        asEditor().header("If-Match", Api.etag(id)).contentType("application/merge-patch+json").body(Map.of("revision", 99))
                .when().patch("/api/v1/articles/" + id).then().statusCode(400);
        asEditor().when().get("/api/v1/articles/" + id).then().body("revision", org.hamcrest.Matchers.equalTo(revision));

        Map<String, Object> review = review(unique("owner") + "@example.org");
        review.put("status", "approved");
        given().header("X-Forwarded-For", Api.clientAddress()).contentType(ContentType.JSON).body(review)
                .when().post("/api/v1/articles/" + id + "/reviews").then().statusCode(400);
        given().auth().oauth2(Api.token("moderator")).when().get("/api/v1/reviews?article=" + id).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());

        for (String field : List.of("id", "createdAt", "prefix", "secret", "revokedAt", "lastUsedAt")) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("name", unique("owned key"), "role", "partner", field, "nd_chosen-by-the-client"))
                    .when().post("/api/v1/keys").then().statusCode(400);
        }
        for (String field : List.of("id", "createdAt")) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body(Map.of("url", "http://127.0.0.1:9/owned", field, "2020-01-01T00:00:00Z"))
                    .when().post("/api/v1/webhooks").then().statusCode(400);
        }
    }

    // ---------------------------------------------------------------- expectations

    static Set<Integer> expected(Operation operation, Who who) {
        if (who == Who.REVOKED || who == Who.EXPIRED) {
            return Set.of(401);
        }
        if (!allowed(operation.access(), who)) {
            return Set.of(who == Who.NONE ? 401 : 403);
        }
        if (who == Who.EDITOR_ELSEWHERE) {
            if (operation.story()) {
                return operation.key().startsWith("GET ") ? Set.of(404) : Set.of(403, 404);
            }
            if (operation.elsewhere() != null) {
                return operation.elsewhere();
            }
        }
        return Set.of(operation.success());
    }

    static boolean allowed(Access access, Who who) {
        Set<Who> editors = EnumSet.of(Who.EDITOR, Who.EDITOR_ELSEWHERE, Who.ADMIN);
        return switch (access) {
            case PUBLIC -> true;
            case PARTNER -> who == Who.PARTNER || who == Who.PARTNER_IN_SECTION || editors.contains(who);
            case EDITOR -> editors.contains(who);
            case REVIEW_SETTINGS -> editors.contains(who) || who == Who.MODERATOR;
            case MODERATION, ERASURE -> who == Who.MODERATOR || who == Who.ADMIN;
            case ADMIN -> who == Who.ADMIN;
        };
    }

    /** What a caller must never find in any answer. */
    private void scan(String where, Who who, ExtractableResponse<Response> answer, List<String> leaks) {
        String body = answer.asString() + " " + answer.headers();
        boolean editorial = who == Who.EDITOR || who == Who.ADMIN;
        for (Map.Entry<String, String> marker : markers.entrySet()) {
            String name = marker.getKey();
            boolean forbidden = name.startsWith("secret") || name.startsWith("hash")
                    || (name.startsWith("story") && !editorial)
                    || (name.startsWith("email") && who != Who.MODERATOR && who != Who.ADMIN);
            if (forbidden && body.contains(marker.getValue())) {
                leaks.add(where + ": " + name);
            }
        }
    }

    private ExtractableResponse<Response> send(Who who, Call call) {
        RequestSpecification request = given();
        if (who != Who.NONE) {
            request.auth().oauth2(tokens.get(who));
        }
        call.headers().forEach(request::header);
        if (call.contentType() != null) {
            request.contentType(call.contentType());
        }
        if (call.body() instanceof byte[] bytes) {
            request.body(bytes);
        } else if (call.body() != null) {
            request.body(call.body());
        }
        return request.when().request(call.method(), call.path()).then().extract();
    }

    // ---------------------------------------------------------------- fixtures

    /** Stories in each state with marked text, a quote, reviews with addresses, keys and a webhook with secrets. */
    private void plant() {
        String mark = letters(8);
        markers.put("story-draft", "Draftmark" + mark);
        markers.put("story-scheduled", "Schedmark" + mark);
        markers.put("story-embargoed", "Embargomark" + mark);
        markers.put("story-note", "Notemark" + mark);
        markers.put("email-approved", "approved-" + mark + "@example.org");
        markers.put("email-pending", "pending-" + mark + "@example.org");
        String webhookSecret = "whsec_" + java.util.Base64.getEncoder().encodeToString(letters(32).getBytes());
        markers.put("secret-webhook", webhookSecret.substring(6));

        webhook = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/matrix", "secret", webhookSecret))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id");

        Map<String, Object> liveStory = storyIn("politics", "Matrix story " + word);
        liveStory.put("editorialNote", "Check the figures " + markers.get("story-note"));
        liveStory.put("body", List.of(Map.of("type", "paragraph",
                "text", "Mayor Ana Ruiz said: \u201cWe will rebuild the pier.\u201d The council agreed " + word + ".")));
        live = published(liveStory);
        // The key limited to science has a story of its own, so that its export is not empty.
        published(storyIn("science", "Science desk story " + word));
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        markers.put("draft-id", Api.create(storyIn("politics", markers.get("story-draft") + " " + word)).statusCode(201)
                .extract().path("id"));
        Map<String, Object> scheduled = storyIn("politics", markers.get("story-scheduled") + " " + word);
        scheduled.put("publishAt", tomorrow.toString());
        markers.put("scheduled-id", published(scheduled));
        Map<String, Object> embargoed = storyIn("politics", markers.get("story-embargoed") + " " + word);
        embargoed.put("embargoUntil", tomorrow.toString());
        markers.put("embargoed-id", published(embargoed));
        // The ids of hidden stories are not secret words: they appear in 404 details. Keep them out of the scan.
        quote = asEditor().contentType(ContentType.JSON).body(quote("Ana Ruiz")).when()
                .post("/api/v1/articles/" + live + "/quotes").then().statusCode(201).extract().path("id");
        speaker = asEditor().when().get("/api/v1/quotes/" + quote).then().extract().path("speaker.slug");
        String approved = submitReview(live, markers.get("email-approved"));
        given().auth().oauth2(ADMIN).header("If-Match", reviewEtag(approved)).contentType(ContentType.JSON)
                .body(Map.of("status", "approved")).when().patch("/api/v1/reviews/" + approved).then().statusCode(200);
        pendingReview = submitReview(live, markers.get("email-pending"));
        delivery = given().auth().oauth2(ADMIN).when().get("/api/v1/webhooks/" + webhook + "/deliveries").then()
                .statusCode(200).extract().path("items[0].id");

        tokens.put(Who.PARTNER_IN_SECTION, key(Who.PARTNER_IN_SECTION, "partner", List.of("politics"), null));
        tokens.put(Who.PARTNER, key(Who.PARTNER, "partner", null, null));
        tokens.put(Who.EDITOR, key(Who.EDITOR, "editor", null, null));
        tokens.put(Who.EDITOR_ELSEWHERE, key(Who.EDITOR_ELSEWHERE, "editor", List.of("science"), null));
        tokens.put(Who.MODERATOR, key(Who.MODERATOR, "moderator", null, null));
        tokens.put(Who.ADMIN, ADMIN);
        tokens.put(Who.REVOKED, key(Who.REVOKED, "admin", null, null));
        given().auth().oauth2(ADMIN).when().delete("/api/v1/keys/" + keyIds.get(Who.REVOKED)).then().statusCode(204);
        tokens.put(Who.EXPIRED, expiredKey());
        tokens.forEach((who, token) -> {
            markers.put("secret-token-" + who, token);
            markers.put("hash-token-" + who, Tokens.hash(token));
        });
        markers.put("secret-token-other-editor", Api.editor());
    }

    private String key(Who who, String role, List<String> sections, Instant expiresAt) {
        Map<String, Object> body = new HashMap<>(Map.of("name", unique("matrix " + who), "role", role));
        if (sections != null) {
            body.put("sections", sections);
        }
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        var created = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/keys").then().statusCode(201).extract();
        keyIds.put(who, created.path("id"));
        return created.path("secret");
    }

    /** A key that has expired: made with a past expiry, or, where that is refused, one a second ahead. */
    private String expiredKey() {
        var past = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("matrix expired"), "role", "admin", "expiresAt",
                        Instant.now().minus(1, ChronoUnit.HOURS).toString()))
                .when().post("/api/v1/keys").then().extract();
        if (past.statusCode() == 201) {
            return past.path("secret");
        }
        String token = key(Who.EXPIRED, "admin", null, Instant.now().plusSeconds(1));
        Instant until = Instant.now().plusSeconds(30);
        while (given().auth().oauth2(token).when().get("/api/v1/keys").then().extract().statusCode() != 401) {
            assertTrue(Instant.now().isBefore(until), "the key did not expire");
        }
        return token;
    }

    Map<String, Object> storyBody(String headline) {
        return storyIn("politics", unique(headline + " matrix story"));
    }

    private Map<String, Object> storyIn(String section, String headline) {
        Map<String, Object> story = story(headline);
        story.put("section", section);
        story.put("tags", List.of(tag));
        return story;
    }

    String freshStory(boolean live) {
        Map<String, Object> story = storyBody("Fresh");
        story.put("body", List.of(Map.of("type", "paragraph",
                "text", "Mayor Ana Ruiz said: \u201cWe will rebuild the pier.\u201d The council agreed.")));
        return live ? published(story) : Api.create(story).statusCode(201).extract().path("id");
    }

    String freshQuote() {
        return asEditor().contentType(ContentType.JSON).body(quote(unique("Ana Ruiz"))).when()
                .post("/api/v1/articles/" + freshStory(true) + "/quotes").then().statusCode(201).extract().path("id");
    }

    String freshSpeaker() {
        return asEditor().when().get("/api/v1/quotes/" + freshQuote()).then().extract().path("speaker.slug");
    }

    String freshReview() {
        return submitReview(live, unique("fresh") + "@example.org");
    }

    String freshReviewerAddress() {
        String email = unique("erased") + "@example.org";
        submitReview(live, email);
        return email;
    }

    String freshKey() {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("name", unique("doomed"), "role", "partner"))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("id");
    }

    String freshWebhook() {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/doomed"))
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
    }

    String freshSection() {
        String slug = slug();
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("slug", slug, "name", "Doomed section"))
                .when().post("/api/v1/sections").then().statusCode(201);
        return slug;
    }

    byte[] importLine() {
        Map<String, Object> story = storyBody("Imported");
        story.put("slug", slug());
        return (new io.vertx.core.json.JsonObject(story).encode() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    String reviewEtag(String id) {
        return given().auth().oauth2(ADMIN).when().get("/api/v1/reviews/" + id).then().statusCode(200).extract().header("ETag");
    }

    private String submitReview(String story, String email) {
        return given().header("X-Forwarded-For", Api.clientAddress()).contentType(ContentType.JSON).body(review(email))
                .when().post("/api/v1/articles/" + story + "/reviews").then().statusCode(202).extract().path("id");
    }

    static Map<String, Object> quote(String speaker) {
        return Map.of("text", "We will rebuild the pier.", "speaker", Map.of("name", speaker));
    }

    static Map<String, Object> review(String email) {
        Map<String, Object> review = new HashMap<>();
        review.put("rating", 4);
        review.put("body", "A clear account of the council meeting, " + unique("ref") + ".");
        review.put("authorName", "Matrix Reader");
        review.put("email", email);
        return review;
    }


    static String slug() {
        return "matrix-" + letters(10);
    }

    static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static Operation op(String key, Access access, int success, boolean story, Function<AccessMatrixTest, Call> call) {
        return new Operation(key, access, success, story, null, call);
    }

    private static Operation op(String key, Access access, int success, boolean story, Set<Integer> elsewhere,
            Function<AccessMatrixTest, Call> call) {
        return new Operation(key, access, success, story, elsewhere, call);
    }
}
