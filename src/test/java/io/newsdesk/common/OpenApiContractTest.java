package io.newsdesk.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsdesk.support.ContractValidation;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiContractTest {

    /**
     * The checked-in contract is what the code serves. When this fails after a deliberate API change,
     * review and copy target/openapi/openapi.yaml (written by the build) over openapi/openapi.yaml.
     */
    @Test
    void shouldServeExactlyTheCheckedInContract() throws IOException {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        String checkedIn = Files.readString(Path.of(ContractValidation.CONTRACT));
        Files.writeString(Path.of("target", "served-openapi.yaml"), served);
        assertEquals(checkedIn.strip(), served.strip(),
                "openapi/openapi.yaml differs from /q/openapi; copy target/openapi/openapi.yaml if the change is intended");
    }
}
