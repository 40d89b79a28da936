package io.newsdesk;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the application with the HTTP layer's own checks of request targets and headers turned off, so that a
 * malformed one gets the API's {@code 400} problem instead of an empty {@code 400}. The checks stay: the request
 * edge ({@code common.RequestIds}) makes the same ones, before any route reads the path, the query or a header,
 * and checks every answer's headers before they are written.
 *
 * <p>Quarkus parses every request target with {@link java.net.URI} before the router sees the request and
 * answers a bare {@code 400} when it cannot ({@code VertxHttpRecorder}'s root handler). The only switch is this
 * JVM property, read once when that class loads, so it is set here, before Quarkus starts; tests and
 * {@code quarkus:dev}, which do not run this class, get it from {@code pom.xml}.
 * {@code -Dvertx.disableURIValidation=false} restores the bare answer.
 *
 * <p>Vert.x checks each header as its HTTP decoder reads it and drops the connection with a bare {@code 400} on
 * a control character, before there is a request to answer; the hook for such refusals
 * ({@code HttpServer#invalidRequestHandler}) is on a server Quarkus creates and never hands out. The only switch
 * is {@code vertx.disableHttpHeadersValidation}, which turns off the check of answers' headers too, hence the
 * edge's check of both. {@code -Dvertx.disableHttpHeadersValidation=false} restores the bare answer.
 */
@QuarkusMain
public final class NewsdeskMain {
    static final String URI_VALIDATION = "vertx.disableURIValidation";
    static final String HEADER_VALIDATION = "vertx.disableHttpHeadersValidation";

    private NewsdeskMain() {
    }

    public static void main(String... args) {
        for (String check : new String[] { URI_VALIDATION, HEADER_VALIDATION }) {
            if (System.getProperty(check) == null) {
                System.setProperty(check, "true");
            }
        }
        Quarkus.run(args);
    }
}
