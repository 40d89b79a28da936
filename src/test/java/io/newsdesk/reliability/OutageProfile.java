package io.newsdesk.reliability;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The app built for PostgreSQL against {@link PrivatePostgres}, whatever database the rest of the suite uses,
 * with short pool timeouts so an outage is answered within seconds.
 */
public class OutageProfile implements QuarkusTestProfile {
    /** The longest a request may wait for a connection; the test checks answers come well within a bound of it. */
    public static final int ACQUISITION_SECONDS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        // The address is here rather than only in PrivatePostgres.start(): the suite's own database URL, a
        // system property, would win over a test resource's.
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", PrivatePostgres.URL,
                "quarkus.datasource.username", "postgres",
                "newsdesk.rate-limit.store", "memory",
                "quarkus.datasource.jdbc.acquisition-timeout", ACQUISITION_SECONDS + "S",
                "quarkus.datasource.jdbc.login-timeout", "1S",
                "quarkus.datasource.jdbc.foreground-validation-interval", "1S",
                "quarkus.datasource.jdbc.max-size", "10",
                // The embedded database's search settings mean nothing to a PostgreSQL build.
                "smallrye.config.mapping.validate-unknown", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PrivatePostgres.class));
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
