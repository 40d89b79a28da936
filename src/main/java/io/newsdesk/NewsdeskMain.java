package io.newsdesk;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the application with the HTTP layer's own check of request targets turned off, so that a malformed
 * one gets the API's {@code 400} problem instead of an empty {@code 400}. The check stays: the request edge
 * ({@code common.RequestIds}) makes the same one, before any route reads the path or the query.
 *
 * <p>Quarkus parses every request target with {@link java.net.URI} before the router sees the request and
 * answers a bare {@code 400} when it cannot ({@code VertxHttpRecorder}'s root handler). The only switch is this
 * JVM property, read once when that class loads, so it is set here, before Quarkus starts; tests and
 * {@code quarkus:dev}, which do not run this class, get it from {@code pom.xml}.
 * {@code -Dvertx.disableURIValidation=false} restores the bare answer.
 */
@QuarkusMain
public final class NewsdeskMain {
    static final String URI_VALIDATION = "vertx.disableURIValidation";

    private NewsdeskMain() {
    }

    public static void main(String... args) {
        if (System.getProperty(URI_VALIDATION) == null) {
            System.setProperty(URI_VALIDATION, "true");
        }
        Quarkus.run(args);
    }
}
