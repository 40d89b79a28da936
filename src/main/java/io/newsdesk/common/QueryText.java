package io.newsdesk.common;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query parameters hold no NUL character: no tag, name or search word means one, and PostgreSQL can
 * neither compare nor store it. Refused before any resource reads them, naming the parameter.
 */
class QueryText {

    @ServerRequestFilter
    void refuseNul(UriInfo uri) {
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (parameter.getKey().indexOf('\0') >= 0
                    || parameter.getValue().stream().anyMatch(value -> value.indexOf('\0') >= 0)) {
                throw ProblemException.invalid(List.of(FieldError.parameter(parameter.getKey().replace("\0", ""),
                        "must not contain a NUL character (%00)")));
            }
        }
    }
}
