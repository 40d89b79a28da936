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
import static io.newsdesk.teaser.Fixtures.story;
import static io.newsdesk.teaser.Fixtures.word;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelatedResourceTest {

    private static ValidatableResponse related(String article) {
        return given().when().get("/api/v1/articles/" + article + "/related").then().statusCode(200);
    }

    /** The reason each related story was given, by id, in order. */
    private static Map<String, String> reasons(ValidatableResponse response) {
        List<String> ids = response.extract().path("items.id");
        List<String> reasons = response.extract().path("items.reason");
        Map<String, String> byId = new java.util.LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), reasons.get(i));
        }
        return byId;
    }

    private static ValidatableResponse pick(String article, List<?> ids) {
        return asEditor().contentType(ContentType.JSON).body(Map.of("ids", ids))
                .when().put("/api/v1/articles/" + article + "/related").then();
    }

    @Test
    void shouldRelateStoriesSharingTags() {
        String tag = unique("tag");
        String source = published(plain(section(), tag, "x-" + tag));
        String two = published(plain(section(), tag, "x-" + tag));
        String one = published(plain(section(), tag));
        assertEquals(Map.of(two, "same-tags", one, "same-tags"), reasons(related(source)));
        related(source).body("items.id", equalTo(List.of(two, one)));
    }

    @Test
    void shouldRelateStoriesOfTheSameSection() {
        String section = section();
        String source = published(plain(section));
        String older = published(publishAt(plain(section), Instant.now().minus(2, ChronoUnit.DAYS)));
        String newer = published(plain(section));
        related(source).body("items.id", equalTo(List.of(newer, older)))
                .body("items.reason", everyItem(equalTo("same-section")));
    }

    @Test
    void shouldRelateStoriesWithSimilarText() {
        String a = word();
        String b = word();
        String c = word();
        String source = published(story(section(), a + " " + b + " " + c + " flooding", word() + " residents wait.",
                word() + "."));
        String alike = published(story(section(), c + " " + a + " " + b + " recovery", word() + " volunteers help.",
                word() + "."));
        String unlike = published(story(section(), a + " " + word() + " " + word(), word() + ".", word() + "."));
        Map<String, String> reasons = reasons(related(source));
        assertEquals("similar-text", reasons.get(alike));
        assertFalse(reasons.containsKey(unlike), "one shared word is coincidence");
    }

    @Test
    void shouldRelateStoriesQuotingTheSameSpeakers() {
        String speaker = "Ilse " + unique("Brandt");
        String source = published(story(section(), unique("Ferry") + " " + word(), word() + ".",
                "\"Fares stay frozen,\" said " + speaker + "."));
        String quoting = published(story(section(), unique("Harbour") + " " + word(), word() + ".",
                "\"The harbour stays open,\" said " + speaker + "."));
        for (String[] quote : List.of(new String[] { source, "Fares stay frozen" },
                new String[] { quoting, "The harbour stays open" })) {
            asEditor().contentType(io.restassured.http.ContentType.JSON)
                    .body(Map.of("text", quote[1], "speaker", Map.of("name", speaker, "role", "transport minister")))
                    .when().post("/api/v1/articles/" + quote[0] + "/quotes").then().statusCode(201);
        }
        assertEquals(Map.of(quoting, "same-speaker"), reasons(related(source)));
    }

    @Test
    void shouldRankMoreSharedSignalsHigherAndGiveTheStrongestReason() {
        String section = section();
        String tag = unique("tag");
        String source = published(plain(section, tag, "b-" + tag));
        String sectionOnly = published(plain(section));
        String tagAndSection = published(plain(section, tag));
        String twoTags = published(plain(section(), tag, "b-" + tag));
        related(source).body("items.id", equalTo(List.of(twoTags, tagAndSection, sectionOnly)))
                .body("items.reason", equalTo(List.of("same-tags", "same-tags", "same-section")));
    }

    @Test
    void shouldShowEditorialPicksFirstInTheEditorsOrder() {
        String tag = unique("tag");
        String source = published(plain(section(), tag, "c-" + tag));
        String automatic = published(plain(section(), tag, "c-" + tag));
        String first = published(plain(section()));
        String second = published(plain(section(), tag));
        pick(source, List.of(first, second)).statusCode(200).header("Cache-Control", "private, no-store")
                .body("ids", equalTo(List.of(first, second)));
        related(source).body("items.id", equalTo(List.of(first, second, automatic)))
                .body("items.reason", equalTo(List.of("editorial", "editorial", "same-tags")));
        pick(source, List.of(second, first)).statusCode(200);
        related(source).body("items.id", equalTo(List.of(second, first, automatic)));
        given().queryParam("limit", 1).when().get("/api/v1/articles/" + source + "/related").then()
                .body("items.id", equalTo(List.of(second)));
        pick(source, List.of()).statusCode(200).body("ids", hasSize(0));
        related(source).body("items[0].id", equalTo(automatic));
    }

    @Test
    void shouldNeverShowItselfTwiceOrWhatReadersCannotSee() {
        String tag = unique("tag");
        String section = section();
        String source = published(plain(section, tag));
        String visible = published(plain(section, tag));
        String draft = create(plain(section, tag)).statusCode(201).extract().path("id");
        String unpublished = published(plain(section, tag));
        asEditor().when().post("/api/v1/articles/" + unpublished + "/unpublish").then().statusCode(200);
        String deleted = published(plain(section, tag));
        asEditor().when().delete("/api/v1/articles/" + deleted).then().statusCode(204);
        var embargoed = plain(section, tag);
        embargoed.put("embargoUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        String embargoedId = published(embargoed);
        String scheduled = published(publishAt(plain(section, tag), Instant.now().plus(1, ChronoUnit.DAYS)));
        pick(source, List.of(visible, draft, unpublished, embargoedId, scheduled)).statusCode(200);
        related(source).body("items.id", equalTo(List.of(visible))).body("items.reason", equalTo(List.of("editorial")));
        asEditor().when().get("/api/v1/articles/" + source + "/related").then().statusCode(200)
                .body("items.id", equalTo(List.of(visible)));
    }

    @Test
    void shouldKeepToTheStorysLanguageUnlessAskedOtherwise() {
        String tag = unique("tag");
        String source = published(plain(section(), tag));
        String english = published(plain(section(), tag));
        var german = plain(section(), tag);
        german.put("language", "de");
        String germanId = published(german);
        related(source).body("items.id", equalTo(List.of(english)));
        given().queryParam("lang", "de").when().get("/api/v1/articles/" + source + "/related").then()
                .statusCode(200).body("items.id", equalTo(List.of(germanId)));
        List<String> any = given().queryParam("anyLanguage", "true").when()
                .get("/api/v1/articles/" + source + "/related").then().statusCode(200).extract().path("items.id");
        assertEquals(new HashSet<>(List.of(english, germanId)), new HashSet<>(any));
    }

    @Test
    void shouldShowPartnersOnlyRelatedStoriesOfTheirSections() {
        String tag = unique("tag");
        String mine = section();
        String source = published(plain(mine, tag));
        String sameDesk = published(plain(mine, tag));
        String otherDesk = published(plain(section(), tag));
        String partner = partnerOf(mine);
        given().auth().oauth2(partner).when().get("/api/v1/articles/" + source + "/related").then().statusCode(200)
                .header("Cache-Control", "private, no-store").body("items.id", equalTo(List.of(sameDesk)));
        isProblem(given().auth().oauth2(partner).when().get("/api/v1/articles/" + otherDesk + "/related").then(),
                404, "not-found");
    }

    @Test
    void shouldFindTheStoryBySlugAndHideUnpublishedOnesFromReaders() {
        String tag = unique("tag");
        var story = plain(section(), tag);
        String slug = unique("related-slug");
        story.put("slug", slug);
        String draft = create(story).statusCode(201).extract().path("id");
        String other = published(plain(section(), tag));
        isProblem(given().when().get("/api/v1/articles/" + slug + "/related").then(), 404, "not-found");
        asEditor().when().get("/api/v1/articles/" + slug + "/related").then().statusCode(200)
                .body("items.id", equalTo(List.of(other)));
        asEditor().when().delete("/api/v1/articles/" + draft).then().statusCode(204);
        isProblem(asEditor().when().get("/api/v1/articles/" + draft + "/related").then(), 410, "gone");
        isProblem(given().when().get("/api/v1/articles/" + draft + "/related").then(), 404, "not-found");
    }

    @Test
    void shouldAnswerNotModifiedForCurrentEtag() {
        String tag = unique("tag");
        String source = published(plain(section(), tag));
        published(plain(section(), tag));
        String etag = related(source).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/articles/" + source + "/related").then()
                .statusCode(304);
    }

    @Test
    void shouldRefuseBadPicks() {
        String source = published(plain(section()));
        String other = published(plain(section()));
        String gone = published(plain(section()));
        asEditor().when().delete("/api/v1/articles/" + gone).then().statusCode(204);
        isProblem(pick(source, List.of(other, source, other, UUID.randomUUID().toString(), gone)), 400,
                "validation-failed")
                .body("errors.pointer", equalTo(List.of("/ids/1", "/ids/2", "/ids/3", "/ids/4")))
                .body("errors[1].message", equalTo("repeats /ids/0"));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            tooMany.add(UUID.randomUUID().toString());
        }
        isProblem(pick(source, tooMany), 400, "validation-failed").body("errors[0].pointer", equalTo("/ids"));
        isProblem(pick(source, List.of("not-a-uuid")), 400, "validation-failed")
                .body("errors[0].pointer", equalTo("/ids/0"));
        isProblem(asEditor().contentType(ContentType.JSON).body(new HashMap<>())
                .when().put("/api/v1/articles/" + source + "/related").then(), 400, "validation-failed")
                .body("errors[0].pointer", equalTo("/ids"));
        isProblem(pick(UUID.randomUUID().toString(), List.of(other)), 404, "not-found");
        isProblem(pick("some-slug", List.of(other)), 404, "not-found");
        isProblem(pick(gone, List.of(other)), 410, "gone");
        isProblem(given().contentType(ContentType.JSON).body(Map.of("ids", List.of(other)))
                .when().put("/api/v1/articles/" + source + "/related").then(), 401, "unauthorized");
        isProblem(given().auth().oauth2(token("partner")).contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(other))).when().put("/api/v1/articles/" + source + "/related").then(),
                403, "forbidden");
    }

    @Test
    void shouldRefuseBadParameters() {
        String source = published(plain(section()));
        isProblem(given().queryParam("limit", 21).when().get("/api/v1/articles/" + source + "/related").then(), 400,
                "validation-failed").body("errors[0].parameter", equalTo("limit"));
        isProblem(given().queryParam("anyLanguage", "maybe").when().get("/api/v1/articles/" + source + "/related")
                .then(), 400, "validation-failed").body("errors[0].parameter", equalTo("anyLanguage"));
        isProblem(given().when().get("/api/v1/articles/no-such-story/related").then(), 404, "not-found");
    }
}
