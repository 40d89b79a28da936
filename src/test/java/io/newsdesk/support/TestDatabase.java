package io.newsdesk.support;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * Says in the log which database the suite runs on. Maven passes the suite's flags
 * ({@code -Dnewsdesk.test.jdbc-url=…}, {@code -Dnewsdesk.test.username=…}) on to the application
 * under test as system properties inside the {@code newsdesk} namespace; mapped (and used) here,
 * configuration validation accepts them instead of refusing to start (SRCFG00050).
 */
@ApplicationScoped
public class TestDatabase {
    private final Flags flags;

    public TestDatabase(Flags flags) {
        this.flags = flags;
    }

    void onStart(@Observes StartupEvent event) {
        Log.infof("Test database: %s", flags.jdbcUrl().orElse("the default of the build"));
    }

    @ConfigMapping(prefix = "newsdesk.test")
    public interface Flags {
        Optional<String> jdbcUrl();

        Optional<String> username();

        Optional<String> dbKind();
    }
}
