package io.newsdesk;

import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.create;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.token;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The visibility rule as users meet it: every story status × every caller × every representation that
 * shows stories. The expectations come from one table, so a representation that decides on its own
 * shows up as a row that differs.
 */
@QuarkusTest
class VisibilityMatrixTest {
    enum Status { DRAFT, SCHEDULED, PUBLISHED, EMBARGOED, UNPUBLISHED, DELETED }

    enum Caller { ANONYMOUS, PARTNER_ELSEWHERE, PARTNER_IN_SECTION, PARTNER, EDITOR, MODERATOR, ADMIN }

    private final String tag = unique("matrix");
    private final Map<Status, String> stories = new LinkedHashMap<>();
    private final Map<Caller, Supplier<RequestSpecification>> callers = new LinkedHashMap<>();

    private void fileOneStoryInEachStatus() {
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        stories.put(Status.DRAFT, create(tagged("Draft")).statusCode(201).extract().path("id"));
        Map<String, Object> scheduled = tagged("Scheduled");
        scheduled.put("publishAt", tomorrow.toString());
        stories.put(Status.SCHEDULED, published(scheduled));
        stories.put(Status.PUBLISHED, published(tagged("Published")));
        Map<String, Object> embargoed = tagged("Embargoed");
        embargoed.put("embargoUntil", tomorrow.toString());
        stories.put(Status.EMBARGOED, published(embargoed));
        String unpublished = published(tagged("Unpublished"));
        asEditor().when().post("/api/v1/articles/" + unpublished + "/unpublish").then().statusCode(200);
        stories.put(Status.UNPUBLISHED, unpublished);
        String deleted = published(tagged("Deleted"));
        asEditor().when().delete("/api/v1/articles/" + deleted).then().statusCode(204);
        stories.put(Status.DELETED, deleted);

        String elsewhere = key("partner", List.of("science"));
        String inSection = key("partner", List.of("politics"));
        callers.put(Caller.ANONYMOUS, () -> given());
        callers.put(Caller.PARTNER_ELSEWHERE, () -> given().auth().oauth2(elsewhere));
        callers.put(Caller.PARTNER_IN_SECTION, () -> given().auth().oauth2(inSection));
        callers.put(Caller.PARTNER, () -> given().auth().oauth2(token("partner")));
        callers.put(Caller.EDITOR, () -> given().auth().oauth2(token("editor")));
        callers.put(Caller.MODERATOR, () -> given().auth().oauth2(token("moderator")));
        callers.put(Caller.ADMIN, () -> given().auth().oauth2(ADMIN));
    }

    /** What the rule says a caller may know of a story: the one table every row below is checked against. */
    private static String sight(Status status, Caller caller) {
        if (caller == Caller.PARTNER_ELSEWHERE) {
            return "hidden";
        }
        boolean editorial = caller == Caller.EDITOR || caller == Caller.ADMIN;
        boolean partner = caller.name().startsWith("PARTNER") || editorial;
        return switch (status) {
            case PUBLISHED -> "visible";
            case DRAFT, SCHEDULED, EMBARGOED -> editorial ? "visible" : "hidden";
            case UNPUBLISHED -> editorial ? "visible" : partner ? "withdrawn" : "hidden";
            case DELETED -> partner ? "withdrawn" : "hidden";
        };
    }

    @Test
    void shouldShowEachStoryExactlyAsTheRuleSays() {
        fileOneStoryInEachStatus();
        List<String> differences = new ArrayList<>();
        for (Status status : Status.values()) {
            String id = stories.get(status);
            for (Caller caller : Caller.values()) {
                String sight = sight(status, caller);
                boolean visible = sight.equals("visible");
                boolean editorial = caller == Caller.EDITOR || caller == Caller.ADMIN;
                boolean publicNow = status == Status.PUBLISHED && caller != Caller.PARTNER_ELSEWHERE;
                int single = visible ? 200 : status == Status.DELETED && editorial ? 410 : 404;
                check(differences, status, caller, "json", single, status(caller, "/api/v1/articles/" + id));
                check(differences, status, caller, "jsonld", single,
                        status(caller, "/api/v1/articles/" + id + "?format=jsonld"));
                check(differences, status, caller, "ninjs", visible || sight.equals("withdrawn") ? 200 : 404,
                        status(caller, "/api/v1/articles/" + id + "?format=ninjs"));
                check(differences, status, caller, "list", visible,
                        listed(caller, "/api/v1/articles?tag=" + tag + "&limit=100", "items.id", id));
                // Pages for readers show public stories only, to everyone.
                check(differences, status, caller, "section teasers", publicNow,
                        listed(caller, "/api/v1/sections/politics/teasers?limit=100", "items.id", id));
                check(differences, status, caller, "feed", publicNow,
                        listed(caller, "/api/v1/feeds/politics.json?limit=100", "items.id", "urn:uuid:" + id));
                check(differences, status, caller, "reviews", publicNow ? 200 : 404,
                        status(caller, "/api/v1/articles/" + id + "/reviews"));
            }
        }
        assertEquals(List.of(), differences);
    }

    private Map<String, Object> tagged(String headline) {
        Map<String, Object> story = story(unique(headline + " matrix story"));
        story.put("tags", List.of(tag));
        return story;
    }

    private int status(Caller caller, String path) {
        return callers.get(caller).get().when().get(path).then().extract().statusCode();
    }

    private boolean listed(Caller caller, String path, String ids, String id) {
        var response = callers.get(caller).get().when().get(path).then().extract();
        if (response.statusCode() == 404) {
            return false;
        }
        assertEquals(200, response.statusCode(), path);
        List<String> found = response.path(ids);
        return found.contains(id);
    }

    private static void check(List<String> differences, Status status, Caller caller, String representation,
            Object expected, Object actual) {
        if (!expected.equals(actual)) {
            differences.add(status + " × " + caller + " × " + representation + ": expected " + expected + ", got " + actual);
        }
    }

    private static String key(String role, List<String> sections) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("matrix " + role), "role", role, "sections", sections))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");
    }
}
