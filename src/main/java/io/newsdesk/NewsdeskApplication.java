package io.newsdesk;

import io.newsdesk.common.security.Caller;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Newsdesk API", version = "1.0.0",
                description = "Headless REST content API for news agencies."),
        tags = {
            @Tag(name = "Articles", description = "Stories: public reads and the editorial write API."),
            @Tag(name = "Keys", description = "API keys and their roles (admin)."),
            @Tag(name = "Quotes", description = "Quoted statements in stories, their extraction and the editorial write API."),
            @Tag(name = "Speakers", description = "People and groups quoted in stories."),
        },
        // Reads are public and take a token when there is one; writes declare the bearer token themselves.
        securitySets = { @SecurityRequirementsSet, @SecurityRequirementsSet(@SecurityRequirement(name = Caller.BEARER)) })
@SecurityScheme(securitySchemeName = Caller.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key sent as `Authorization: Bearer <token>`.")
public class NewsdeskApplication extends Application {
}
