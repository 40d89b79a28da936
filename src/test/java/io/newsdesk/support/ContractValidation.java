package io.newsdesk.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Validates every response any REST Assured test receives against the checked-in contract,
 * {@code openapi/openapi.yaml}. Requests are not validated: tests send bad requests on purpose.
 * Registered for every {@code @QuarkusTest} through its service file, so it runs in the class
 * loader the tests' REST Assured lives in.
 */
public class ContractValidation implements QuarkusTestBeforeEachCallback {
    public static final String CONTRACT = "openapi/openapi.yaml";
    private static final OpenApiValidationFilter FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }
}
