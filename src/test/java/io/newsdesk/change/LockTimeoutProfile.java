package io.newsdesk.change;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The app with a lock timeout short enough that a test can hold a lock past it without waiting long. */
public class LockTimeoutProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "newsdesk-database.session-sql.h2", "SET QUERY_TIMEOUT 30000; SET LOCK_TIMEOUT 300",
                "newsdesk-database.session-sql.postgresql", "SET statement_timeout = '30s'; SET lock_timeout = '300ms'",
                // The embedded database's search settings mean nothing to a PostgreSQL build.
                "smallrye.config.mapping.validate-unknown", "false");
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
