package io.newsdesk.teaser;

import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.create;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.token;
import static io.newsdesk.support.Api.unique;
import static io.newsdesk.teaser.Fixtures.isProblem;
import static io.newsdesk.teaser.Fixtures.partnerOf;
import static io.newsdesk.teaser.Fixtures.plain;
import static io.newsdesk.teaser.Fixtures.publishAt;
import static io.newsdesk.teaser.Fixtures.section;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectionResourceTest {

    private static String publishedAt(String section, Instant at) {
        return published(publishAt(plain(section), at));
    }

    @Test
    void shouldListSectionsWithCountsOfStoriesReadersCanSee() {
        String section = section();
        Instant older = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        Instant newer = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        publishedAt(section, older);
        publishedAt(section, newer);
        create(plain(section)).statusCode(201);
        publishedAt(section, Instant.now().plus(2, ChronoUnit.DAYS));
        var embargoed = plain(section);
        embargoed.put("embargoUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        published(embargoed);

        var sections = given().when().get("/api/v1/sections").then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", containsString("public"))
                .body("items.slug", hasItem("politics")).body("next", nullValue());
        String path = "items.find { it.slug == '" + section + "' }";
        sections.body(path + ".storyCount", equalTo(2)).body(path + ".name", equalTo("Desk " + section))
                .body(path + ".latestPublishedAt", equalTo(newer.toString()));
        given().when().get("/api/v1/sections/" + section).then().statusCode(200)
                .body("slug", equalTo(section)).body("storyCount", equalTo(2));
    }

    @Test
    void shouldShowAnEmptySectionWithoutLatestTime() {
        String section = section();
        given().when().get("/api/v1/sections/" + section).then().statusCode(200)
                .body("storyCount", equalTo(0)).body("latestPublishedAt", nullValue());
    }

    @Test
    void shouldAnswerUnknownSectionWithProblem() {
        isProblem(given().when().get("/api/v1/sections/gardening").then(), 404, "not-found");
        isProblem(given().when().get("/api/v1/sections/gardening/teasers").then(), 404, "not-found");
    }

    @Test
    void shouldListSectionTeasersNewestFirstWithCursor() {
        String section = section();
        List<String> ids = new ArrayList<>();
        for (int hours = 1; hours <= 5; hours++) {
            ids.add(publishedAt(section, Instant.now().minus(hours, ChronoUnit.HOURS)));
        }
        var first = given().queryParam("limit", 2).when().get("/api/v1/sections/" + section + "/teasers").then()
                .statusCode(200).header("Link", containsString("rel=\"next\""))
                .body("items[0].teaser", notNullValue()).body("items[0].section.slug", equalTo(section))
                .body("items[0].links.self", endsWith("/api/v1/articles/" + ids.get(0)))
                .extract();
        List<String> seen = new ArrayList<>(first.path("items.id"));
        String cursor = first.path("next");
        while (cursor != null) {
            var page = given().queryParam("limit", 2).queryParam("cursor", cursor)
                    .when().get("/api/v1/sections/" + section + "/teasers").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("next");
        }
        assertEquals(ids, seen);
    }

    @Test
    void shouldFilterSectionTeasersByLanguage() {
        String section = section();
        published(plain(section));
        var german = plain(section);
        german.put("language", "de");
        String germanId = published(german);
        given().queryParam("lang", "de").when().get("/api/v1/sections/" + section + "/teasers").then()
                .statusCode(200).body("items.id", equalTo(List.of(germanId)));
        isProblem(given().queryParam("lang", "not a language").when().get("/api/v1/sections/" + section + "/teasers")
                .then(), 400, "validation-failed").body("errors[0].parameter", equalTo("lang"));
        isProblem(given().queryParam("cursor", "nonsense").when().get("/api/v1/sections/" + section + "/teasers")
                .then(), 400, "validation-failed").body("errors[0].parameter", equalTo("cursor"));
    }

    @Test
    void shouldAnswerNotModifiedForCurrentEtag() {
        String section = section();
        published(plain(section));
        String etag = given().when().get("/api/v1/sections/" + section + "/teasers").then().statusCode(200)
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/sections/" + section + "/teasers").then()
                .statusCode(304);
        published(plain(section));
        given().header("If-None-Match", etag).when().get("/api/v1/sections/" + section + "/teasers").then()
                .statusCode(200);
    }

    @Test
    void shouldLetEditorsCreateReplaceAndDeleteSections() {
        String slug = unique("climate");
        String location = asEditor().contentType(ContentType.JSON)
                .body(Map.of("slug", slug, "name", "Climate", "description", "Weather and emissions."))
                .when().post("/api/v1/sections").then().statusCode(201)
                .header("Location", endsWith("/api/v1/sections/" + slug))
                .body("slug", equalTo(slug)).body("storyCount", equalTo(0)).extract().header("Location");
        given().when().get(location).then().statusCode(200).body("description", equalTo("Weather and emissions."));
        asEditor().contentType(ContentType.JSON).body(Map.of("name", "Climate and energy"))
                .when().put("/api/v1/sections/" + slug).then().statusCode(200)
                .body("name", equalTo("Climate and energy")).body("description", nullValue());
        asEditor().contentType(ContentType.JSON).body(Map.of("slug", slug, "name", "Climate desk"))
                .when().put("/api/v1/sections/" + slug).then().statusCode(200).body("name", equalTo("Climate desk"));
        asEditor().when().delete("/api/v1/sections/" + slug).then().statusCode(204);
        isProblem(given().when().get("/api/v1/sections/" + slug).then(), 404, "not-found");
        isProblem(asEditor().when().delete("/api/v1/sections/" + slug).then(), 404, "not-found");
    }

    @Test
    void shouldRefuseATakenSlug() {
        isProblem(asEditor().contentType(ContentType.JSON).body(Map.of("slug", "politics", "name", "Politics again"))
                .when().post("/api/v1/sections").then(), 409, "conflict").body("detail", containsString("politics"));
    }

    @Test
    void shouldValidateSections() {
        isProblem(asEditor().contentType(ContentType.JSON).body(Map.of("slug", "Not A Slug", "name", ""))
                .when().post("/api/v1/sections").then(), 400, "validation-failed")
                .body("errors.pointer", equalTo(List.of("/name", "/slug")));
        isProblem(asEditor().contentType(ContentType.JSON).body(Map.of("name", "No slug"))
                .when().post("/api/v1/sections").then(), 400, "validation-failed")
                .body("errors[0].pointer", equalTo("/slug"));
        isProblem(asEditor().contentType(ContentType.JSON).body(Map.of("slug", "world-news", "name", "World"))
                .when().put("/api/v1/sections/world").then(), 400, "validation-failed")
                .body("errors[0].pointer", equalTo("/slug"));
        isProblem(asEditor().contentType(ContentType.JSON).body(Map.of("name", "x", "colour", "red"))
                .when().post("/api/v1/sections").then(), 400, "validation-failed")
                .body("errors[0].pointer", equalTo("/colour"));
        isProblem(asEditor().contentType(ContentType.JSON).body(Map.of("name", "Nowhere"))
                .when().put("/api/v1/sections/" + unique("nowhere")).then(), 404, "not-found");
    }

    @Test
    void shouldRefuseToDeleteASectionWithStoriesEvenUnpublishedOnes() {
        String section = section();
        String id = create(plain(section)).statusCode(201).extract().path("id");
        isProblem(asEditor().when().delete("/api/v1/sections/" + section).then(), 409, "conflict")
                .body("detail", containsString("1 story"));
        asEditor().when().delete("/api/v1/articles/" + id).then().statusCode(204);
        isProblem(asEditor().when().delete("/api/v1/sections/" + section).then(), 409, "conflict");
        given().when().get("/api/v1/sections/" + section).then().statusCode(200);
    }

    @Test
    void shouldLetOnlyEditorsChangeSections() {
        isProblem(given().contentType(ContentType.JSON).body(Map.of("slug", unique("x"), "name", "X"))
                .when().post("/api/v1/sections").then(), 401, "unauthorized");
        isProblem(given().auth().oauth2(token("moderator")).contentType(ContentType.JSON)
                .body(Map.of("name", "World")).when().put("/api/v1/sections/world").then(), 403, "forbidden");
        isProblem(given().auth().oauth2(token("partner")).when().delete("/api/v1/sections/world").then(),
                403, "forbidden");
    }

    @Test
    void shouldShowPartnersOnlyTheirSections() {
        String section = section();
        published(plain(section));
        String partner = partnerOf(section);
        given().auth().oauth2(partner).when().get("/api/v1/sections").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.slug", equalTo(List.of(section)));
        given().auth().oauth2(partner).when().get("/api/v1/sections/" + section + "/teasers").then().statusCode(200)
                .body("items.section.slug", everyItem(equalTo(section)));
        isProblem(given().auth().oauth2(partner).when().get("/api/v1/sections/politics").then(), 404, "not-found");
        isProblem(given().auth().oauth2(partner).when().get("/api/v1/sections/politics/teasers").then(), 404,
                "not-found");
        given().when().get("/api/v1/sections").then().body("items.slug", not(equalTo(List.of(section))));
    }
}
