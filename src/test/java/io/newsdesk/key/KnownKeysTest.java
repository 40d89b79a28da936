package io.newsdesk.key;

import static io.newsdesk.support.Api.ADMIN;
import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys are remembered by token hash for a few seconds, and a revocation ends that at once. */
@QuarkusTest
class KnownKeysTest {

    @Test
    void shouldRefuseARevokedKeyAtOnceThoughItWasJustUsed() {
        var created = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "short-lived partner", "role", "partner"))
                .when().post("/api/v1/keys").then().statusCode(201).extract();
        String secret = created.path("secret");
        String id = created.path("id");
        given().auth().oauth2(secret).when().get("/api/v1/changes").then().statusCode(200);
        given().auth().oauth2(secret).when().get("/api/v1/changes").then().statusCode(200);
        given().auth().oauth2(ADMIN).when().delete("/api/v1/keys/" + id).then().statusCode(204);
        given().auth().oauth2(secret).when().get("/api/v1/changes").then().statusCode(401);
    }
}
