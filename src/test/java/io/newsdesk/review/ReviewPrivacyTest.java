package io.newsdesk.review;

import static io.newsdesk.review.ReviewFixtures.address;
import static io.newsdesk.review.ReviewFixtures.decide;
import static io.newsdesk.review.ReviewFixtures.review;
import static io.newsdesk.review.ReviewFixtures.story;
import static io.newsdesk.review.ReviewFixtures.submitFrom;
import static io.newsdesk.support.Api.asEditor;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nothing a reader can fetch shows a reviewer's e-mail address or anything about moderation. */
@QuarkusTest
class ReviewPrivacyTest {
    private final List<String> bodies = new ArrayList<>();

    private ExtractableResponse<Response> keep(ExtractableResponse<Response> response) {
        bodies.add(response.asString());
        return response;
    }

    @Test
    void shouldShowNoEmailAddressOrModerationDataInAnyPublicResponse() {
        String tag = unique("private");
        String article = story(tag);
        String slug = given().when().get("/api/v1/articles/" + article).then().extract().path("slug");
        String approvedEmail = unique("approved.reader") + "@example.org";
        String pendingEmail = unique("pending.reader") + "@example.org";
        String spamEmail = unique("spam.reader") + "@example.org";
        String note = unique("Moderator-only remark");
        String address = address();

        var approved = review(5, "Open Reader");
        approved.put("email", approvedEmail.toUpperCase(Locale.ROOT));
        String approvedId = keep(submitFrom(address, article, approved).statusCode(202).extract()).path("id");
        decide(approvedId, "approved", note).statusCode(200);
        var pending = review(3, "Waiting Reader");
        pending.put("email", pendingEmail);
        keep(submitFrom(address(), article, pending).statusCode(202).extract());
        var spam = review(1, "Loud Reader");
        spam.put("email", spamEmail);
        spam.put("body", "VISIT HTTPS://A.EXAMPLE HTTPS://B.EXAMPLE HTTPS://C.EXAMPLE NOW!!!!!!!!!!");
        keep(submitFrom(address(), article, spam).statusCode(202).extract());
        var honeypot = review(1, "Robot Reader");
        honeypot.put("email", spamEmail);
        honeypot.put("website", "https://robot.example");
        keep(submitFrom(address(), article, honeypot).statusCode(202).extract());

        // The error answers a reader can provoke.
        keep(submitFrom(address(), article, approved).statusCode(409).extract());
        var invalid = review(9, "Careless Reader");
        invalid.put("email", "not-quite-" + approvedEmail.replace("@", " at "));
        keep(submitFrom(address(), article, invalid).statusCode(400).extract());
        for (int i = 0; i < 5; i++) {
            var flood = review(2, "Flooding Reader " + i);
            flood.put("email", pendingEmail);
            keep(submitFrom(address, article, flood).extract());
        }
        assertTrue(bodies.get(bodies.size() - 1).contains("too-many-requests"), "the flood reached the rate limit");

        // Every public read that shows reviews or their summary.
        keep(given().when().get("/api/v1/articles/" + article + "/reviews").then().statusCode(200).extract());
        keep(given().when().get("/api/v1/articles/" + slug + "/reviews").then().statusCode(200).extract());
        keep(given().when().get("/api/v1/articles/" + article).then().statusCode(200).extract());
        keep(given().queryParam("format", "html").when().get("/api/v1/articles/" + slug).then().statusCode(200).extract());
        keep(given().queryParam("format", "text").when().get("/api/v1/articles/" + slug).then().statusCode(200).extract());
        keep(given().queryParam("tag", tag).when().get("/api/v1/articles").then().statusCode(200).extract());
        keep(given().queryParam("section", "politics").queryParam("limit", 100).when().get("/api/v1/articles").then()
                .statusCode(200).extract());
        asEditor().contentType(ContentType.JSON).body(Map.of("closed", true))
                .when().put("/api/v1/articles/" + article + "/reviews/settings").then().statusCode(200);
        keep(submitFrom(address(), article, pending).statusCode(409).extract());

        String all = String.join("\n", bodies).toLowerCase(Locale.ROOT);
        assertTrue(all.contains("open reader"), "the approved review is among the bodies scanned");
        for (String secret : List.of(approvedEmail, pendingEmail, spamEmail, "@example.org", note, "test moderator",
                "moderat", "spamreason", "honeypot", "links (at most", "spam-filter")) {
            assertFalse(all.contains(secret.toLowerCase(Locale.ROOT)), secret + " in a public response");
        }
    }
}
