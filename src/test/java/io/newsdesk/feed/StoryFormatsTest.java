package io.newsdesk.feed;

import static io.newsdesk.support.Api.ADMIN;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.create;
import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.token;
import static io.newsdesk.support.Api.unique;

import io.newsdesk.support.EditorDesk;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /articles/{article} in ninjs 2.2 and schema.org JSON-LD, chosen by Accept or ?format. */
@QuarkusTest
class StoryFormatsTest {
    private static final String NINJS = "application/ninjs+json";
    private static final String JSON_LD = "application/ld+json";
    private static final List<String> SUPPORTED = List.of("application/json", NINJS, JSON_LD);

    private static ExtractableResponse<Response> ninjs(io.restassured.specification.RequestSpecification request,
            String key) {
        return request.accept(NINJS).when().get("/api/v1/articles/" + key).then().statusCode(200)
                .contentType(NINJS).header("Vary", containsString("Accept")).extract();
    }

    private static JsonNode valid(ExtractableResponse<Response> response) {
        String body = response.asString();
        assertEquals(List.of(), NinjsSchema.errors(body), body);
        try {
            return NinjsSchema.JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldValidateEveryDemoStoryAsNinjs() throws IOException {
        JsonNode demo;
        try (InputStream in = StoryFormatsTest.class.getResourceAsStream("/demo/articles.json")) {
            demo = NinjsSchema.JSON.readTree(in);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        for (JsonNode sample : demo) {
            ObjectNode input = sample.deepCopy();
            long hoursAgo = input.remove("hoursAgo").asLong();
            input.put("status", "published");
            input.put("publishAt", now.minus(hoursAgo, ChronoUnit.HOURS).toString());
            String id = asEditor().contentType(ContentType.JSON).body(input.toString()).when()
                    .post("/api/v1/articles").then().statusCode(201).extract().path("id");

            JsonNode item = valid(ninjs(given(), id));
            assertEquals("urn:uuid:" + id, item.path("uri").asText());
            assertEquals(sample.path("headline").asText(), item.path("headlines").get(0).path("value").asText());
            assertEquals(sample.path("language").asText(), item.path("language").asText());
            assertEquals(sample.path("dateline").asText(), item.path("located").asText());
            assertEquals("usable", item.path("pubstatus").asText());
            assertEquals(sample.path("urgency").asInt(), item.path("urgency").asInt());
            assertEquals(2, item.path("bodies").size());
            assertEquals(sample.path("section").asText(), item.path("subjects").get(0).path("literal").asText());

            given().accept(JSON_LD).when().get("/api/v1/articles/" + id).then().statusCode(200)
                    .contentType(JSON_LD).body("headline", equalTo(sample.path("headline").asText()))
                    .body("inLanguage", equalTo(sample.path("language").asText()));
        }
    }

    @Test
    void shouldServeNinjsByAcceptOrFormatWithRevisionAndCounts() {
        String id = published(story(unique("Ninjs story")));
        JsonNode item = valid(ninjs(given(), id));
        assertEquals("text", item.path("type").asText());
        assertEquals("2.2", item.path("standard").path("version").asText());
        assertEquals(given().when().get("/api/v1/articles/" + id).then().extract().path("revision").toString(),
                item.path("version").asText());
        assertEquals("A short standfirst for " + item.path("headlines").get(0).path("value").asText() + ".",
                item.path("headlines").get(1).path("value").asText());
        assertEquals("standfirst", item.path("headlines").get(1).path("role").asText());
        assertEquals(List.of("text/html", "text/plain"), List.of(item.path("bodies").get(0).path("contenttype").asText(),
                item.path("bodies").get(1).path("contenttype").asText()));
        // "The council met on Tuesday to discuss the harbour." "What comes next" "A second paragraph with more detail."
        assertEquals(9 + 3 + 6, item.path("bodies").get(1).path("wordcount").asInt());
        assertEquals("Test Desk", item.path("by").asText());
        assertEquals("Newsdesk", item.path("copyrightholder").asText());
        assertEquals("For use by Newsdesk subscribers under the terms of their agreement; no redistribution.",
                item.path("usageterms").asText());

        String byFormat = given().queryParam("format", "ninjs").when().get("/api/v1/articles/" + id).then()
                .statusCode(200).contentType(NINJS).extract().asString();
        assertEquals(item, readTree(byFormat));
    }

    @Test
    void shouldValidateAStoryWithoutStandfirstTeaserOrTags() {
        Map<String, Object> bare = story(unique("Bare story"));
        bare.remove("standfirst");
        bare.put("tags", new ArrayList<>());
        bare.remove("dateline");
        JsonNode item = valid(ninjs(given(), published(bare)));
        assertEquals(1, item.path("headlines").size());
        assertEquals(1, item.path("subjects").size(), "the section only");
    }

    @Test
    void shouldWeighAcceptQualityValues() {
        String id = published(story(unique("Weighed story")));
        String path = "/api/v1/articles/" + id;
        given().accept("application/ld+json;q=0.5, application/ninjs+json;q=0.9").when().get(path).then()
                .statusCode(200).contentType(NINJS);
        given().accept("application/ninjs+json;q=0, application/json;q=0.1").when().get(path).then()
                .statusCode(200).contentType(ContentType.JSON);
        given().accept("text/html, application/ld+json;q=0.2").when().get(path).then()
                .statusCode(200).contentType(JSON_LD);
        given().accept("*/*").when().get(path).then().statusCode(200).contentType(ContentType.JSON)
                .header("Vary", containsString("Accept"));
        given().accept("application/*").when().get(path).then().statusCode(200).contentType(ContentType.JSON);
        given().header("Accept", "").when().get(path).then().statusCode(200).contentType(ContentType.JSON);
        given().queryParam("format", "ninjs").accept("text/csv").when().get(path).then()
                .statusCode(200).contentType(NINJS);
    }

    @Test
    void shouldRefuseUnsupportedAcceptListingTheSupportedTypes() {
        String id = published(story(unique("Refused story")));
        for (String accept : List.of("text/csv", "application/ninjs+json;q=0", "image/*")) {
            given().accept(accept).when().get("/api/v1/articles/" + id).then().statusCode(406)
                    .contentType("application/problem+json").body("type", equalTo("/problems/not-acceptable"))
                    .body("status", equalTo(406)).body("supportedMediaTypes", equalTo(SUPPORTED))
                    .body("detail", containsString("application/ninjs+json"));
        }
    }

    @Test
    void shouldRefuseAnUnknownFormat() {
        String id = published(story(unique("Unknown format")));
        given().queryParam("format", "xml").when().get("/api/v1/articles/" + id).then().statusCode(400)
                .body("errors[0].parameter", equalTo("format"))
                .body("errors[0].message", containsString("ninjs"));
    }

    @Test
    void shouldKeepOneETagPerRepresentation() {
        String id = published(story(unique("Cached story")));
        String path = "/api/v1/articles/" + id;
        String json = given().when().get(path).then().statusCode(200).header("Vary", "Accept")
                .extract().header("ETag");
        String ninjs = given().accept(NINJS).when().get(path).then().statusCode(200).extract().header("ETag");
        assertNotEquals(json, ninjs);
        given().accept(NINJS).header("If-None-Match", ninjs).when().get(path).then().statusCode(304)
                .header("Vary", containsString("Accept"));
        given().accept(NINJS).header("If-None-Match", json).when().get(path).then().statusCode(200);
    }

    @Test
    void shouldServeASchemaOrgNewsArticle() {
        Map<String, Object> input = story(unique("JSON-LD story"));
        input.put("tags", List.of("harbour", "transport"));
        String id = published(input);
        String headline = (String) input.get("headline");
        given().accept(JSON_LD).when().get("/api/v1/articles/" + id).then().statusCode(200).contentType(JSON_LD)
                .header("Vary", containsString("Accept"))
                .body("'@context'", equalTo("https://schema.org")).body("'@type'", equalTo("NewsArticle"))
                .body("identifier", equalTo("urn:uuid:" + id))
                .body("headline", equalTo(headline))
                .body("description", equalTo("A short standfirst for " + headline + "."))
                .body("articleBody", startsWith("The council met on Tuesday to discuss the harbour."))
                .body("datePublished", notNullValue()).body("dateModified", notNullValue())
                .body("author[0].'@type'", equalTo("Person")).body("author[0].name", equalTo("Test Desk"))
                .body("publisher.'@type'", equalTo("Organization")).body("publisher.name", equalTo("Newsdesk"))
                .body("articleSection", equalTo("Politics"))
                .body("keywords", equalTo(List.of("harbour", "transport")))
                .body("inLanguage", equalTo("en"))
                .body("mainEntityOfPage.'@type'", equalTo("WebPage"))
                .body("mainEntityOfPage.'@id'", containsString("/api/v1/articles/" + id))
                .body("locationCreated.name", equalTo("Portmere"));
        given().queryParam("format", "jsonld").when().get("/api/v1/articles/" + id).then().statusCode(200)
                .contentType(JSON_LD).body("headline", equalTo(headline));
    }

    @Test
    void shouldMarkEmbargoedStoriesForEditorsAndHideThemFromReaders() {
        Map<String, Object> input = story(unique("Embargoed story"));
        String embargo = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        input.put("embargoUntil", embargo);
        String id = published(input);
        JsonNode item = valid(ninjs(asEditor(), id));
        assertEquals("usable", item.path("pubstatus").asText());
        assertEquals(Instant.parse(embargo), Instant.parse(item.path("embargoed").asText()));
        given().accept(NINJS).when().get("/api/v1/articles/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(token("partner")).accept(NINJS).when().get("/api/v1/articles/" + id).then()
                .statusCode(404);
    }

    @Test
    void shouldWithholdDraftsFromEveryoneButEditors() {
        String id = create(story(unique("Draft story"))).statusCode(201).extract().path("id");
        JsonNode item = valid(ninjs(asEditor(), id));
        assertEquals("withheld", item.path("pubstatus").asText());
        assertEquals("full", item.path("representationtype").asText());
        given().auth().oauth2(token("partner")).accept(NINJS).when().get("/api/v1/articles/" + id).then()
                .statusCode(404).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldCancelUnpublishedStoriesForPartnersAndEditors() {
        String id = published(story(unique("Withdrawn story")));
        asEditor().when().post("/api/v1/articles/" + id + "/unpublish").then().statusCode(200);
        for (String token : List.of(token("editor"), token("partner"))) {
            JsonNode item = valid(ninjs(given().auth().oauth2(token), id));
            assertEquals("canceled", item.path("pubstatus").asText());
            assertEquals("partial", item.path("representationtype").asText());
            assertEquals(0, item.path("bodies").size(), "a withdrawal carries no body");
        }
        given().accept(NINJS).when().get("/api/v1/articles/" + id).then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void shouldTellPartnersOfAWithdrawalAndNothingOfTheCurrentText() {
        String id = published(story(unique("Withdrawn then rewritten")));
        EditorDesk.unpublish(id);
        EditorDesk.patch(id, Map.of("headline", "Rewritten after the withdrawal", "tags", List.of("undisclosed"),
                "authors", List.of("Second reporter")));
        JsonNode item = valid(ninjs(given().auth().oauth2(token("partner")), id));
        List<String> fields = new ArrayList<>();
        item.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("uri", "standard", "type", "representationtype", "version", "pubstatus"), fields);
        assertEquals("canceled", item.path("pubstatus").asText());
        assertEquals("urn:uuid:" + id, item.path("uri").asText());
        assertEquals(false, item.toString().contains("Rewritten"), "nothing of the current text");

        JsonNode editorial = valid(ninjs(asEditor(), id));
        assertEquals("canceled", editorial.path("pubstatus").asText());
        assertEquals("Rewritten after the withdrawal", editorial.path("headlines").get(0).path("value").asText(),
                "editors still see the story they withdrew");
    }

    @Test
    void shouldCancelDeletedStoriesForPartnersOnlyIfTheyWereEverPublic() {
        String shown = published(story(unique("Deleted story")));
        asEditor().when().delete("/api/v1/articles/" + shown).then().statusCode(204);
        JsonNode item = valid(ninjs(given().auth().oauth2(token("partner")), shown));
        assertEquals("canceled", item.path("pubstatus").asText());
        assertEquals("canceled", valid(ninjs(asEditor(), shown)).path("pubstatus").asText());
        asEditor().when().get("/api/v1/articles/" + shown).then().statusCode(410);

        String neverShown = create(story(unique("Deleted draft"))).statusCode(201).extract().path("id");
        asEditor().when().delete("/api/v1/articles/" + neverShown).then().statusCode(204);
        given().auth().oauth2(token("partner")).accept(NINJS).when().get("/api/v1/articles/" + neverShown).then()
                .statusCode(404);
    }

    @Test
    void shouldKeepPartnersToTheirSections() {
        String partner = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", unique("World desk partner"), "role", "partner", "sections", List.of("world")))
                .when().post("/api/v1/keys").then().statusCode(201).extract().path("secret");
        String politics = published(story(unique("Politics only")));
        given().auth().oauth2(partner).accept(NINJS).when().get("/api/v1/articles/" + politics).then()
                .statusCode(404);
        given().auth().oauth2(partner).accept(JSON_LD).when().get("/api/v1/articles/" + politics).then()
                .statusCode(404);
        Map<String, Object> world = story(unique("World story"));
        world.put("section", "world");
        String id = published(world);
        ninjs(given().auth().oauth2(partner), id).response().then().header("Cache-Control", "private, no-store")
                .body("subjects.literal", hasItem("world")).body("ednote", not(notNullValue()));
    }

    private static JsonNode readTree(String json) {
        try {
            return NinjsSchema.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
