package io.newsdesk.feed;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What a feed request asks for; the same in every format. */
record FeedQuery(
        @Context Request request,
        @Context UriInfo uri,
        @Parameter(description = "`all`, or a section slug.") @PathParam("feed") String feed,
        @Parameter(description = "Only stories in this language (BCP 47).") @QueryParam("lang") String lang,
        @Parameter(description = "Stories per page, 1 to 100 (default 50).", schema = @Schema(type = SchemaType.INTEGER,
                minimum = "1", maximum = "100", defaultValue = "50")) @QueryParam("limit") String limit,
        @Parameter(description = "From the previous page's next link.") @QueryParam("cursor") String cursor) {
}
