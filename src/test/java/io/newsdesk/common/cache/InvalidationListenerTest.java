package io.newsdesk.common.cache;

import static io.newsdesk.support.Api.published;
import static io.newsdesk.support.Api.story;
import static io.newsdesk.support.Api.unique;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Another node's purge reaches this one: a NOTIFY sent from a plain JDBC connection (as another app node's
 * transaction would send it) drops this node's cached copy, and after a lost connection the listener
 * comes back and starts from an empty cache.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "quarkus.datasource.db-kind", matches = "postgresql")
class InvalidationListenerTest {
    private static final Duration WITHIN = Duration.ofSeconds(1);

    /** Only PostgreSQL builds have one: looked up when the test runs, not when the application is built. */
    @Inject
    Instance<InvalidationListener> listeners;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @Test
    void shouldDropWhatAnotherNodePurges() throws Exception {
        InvalidationListener listener = listeners.get();
        await().atMost(Duration.ofSeconds(10)).until(listener::listening);
        String id = published(story(unique("Told by another node")));
        String path = cached(id);
        notifyFromAnotherNode("story-" + id);
        await().atMost(WITHIN).until(() -> given().when().get(path).header("X-Cache") == null);
    }

    @Test
    void shouldIgnoreAnotherNodesPurgeOfSomethingElse() throws Exception {
        InvalidationListener listener = listeners.get();
        await().atMost(Duration.ofSeconds(10)).until(listener::listening);
        String path = cached(published(story(unique("Not concerned"))));
        notifyFromAnotherNode("story-" + java.util.UUID.randomUUID());
        String marker = published(story(unique("Marker")));
        String markerPath = cached(marker);
        notifyFromAnotherNode("story-" + marker);
        // Notifications arrive in order: once the second one is seen, the first was handled.
        await().atMost(WITHIN).until(() -> given().when().get(markerPath).header("X-Cache") == null);
        given().when().get(path).then().statusCode(200).header("X-Cache", "hit");
    }

    @Test
    void shouldStartAfreshAfterReconnecting() {
        InvalidationListener listener = listeners.get();
        await().atMost(Duration.ofSeconds(10)).until(listener::listening);
        String path = cached(published(story(unique("Kept across a reconnect?"))));
        listener.disconnect();
        await().atMost(Duration.ofSeconds(10)).until(listener::listening);
        given().when().get(path).then().statusCode(200).header("X-Cache", nullValue());
    }

    private static String cached(String id) {
        String path = "/api/v1/articles/" + id;
        given().when().get(path);
        given().when().get(path).then().statusCode(200).header("X-Cache", "hit");
        return path;
    }

    private void notifyFromAnotherNode(String keys) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user.orElse(null), null);
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, Invalidation.CHANNEL);
            notify.setString(2, keys);
            notify.execute();
        }
    }
}
