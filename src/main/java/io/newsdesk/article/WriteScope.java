package io.newsdesk.article;

import io.newsdesk.common.security.Caller;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/**
 * The sections the current request's key may write in. A key limited to some sections may neither see
 * nor change stories of the others, whatever the feature that writes (stories, quotes, related picks,
 * review settings, import). Work the server does on its own account (demo content, schedules) runs
 * outside any request and is not limited.
 */
@ApplicationScoped
public class WriteScope {
    /** A limit carried into work a request started but that runs after it, such as a streamed import. */
    private static final ThreadLocal<Optional<Set<String>>> CARRIED = new ThreadLocal<>();
    private final Caller caller;

    public WriteScope(Caller caller) {
        this.caller = caller;
    }

    /** The only sections writes may touch; empty when unlimited. */
    public Optional<Set<String>> sections() {
        Optional<Set<String>> carried = CARRIED.get();
        if (carried != null) {
            return carried;
        }
        if (!Arc.container().requestContext().isActive()) {
            return Optional.empty();
        }
        return caller.sections();
    }

    /** Runs work under a limit taken from the request that started it ({@link #sections()} there). */
    public void within(Optional<Set<String>> limit, Runnable work) {
        Optional<Set<String>> before = CARRIED.get();
        CARRIED.set(limit);
        try {
            work.run();
        } finally {
            if (before == null) {
                CARRIED.remove();
            } else {
                CARRIED.set(before);
            }
        }
    }

    public boolean allows(String section) {
        return sections().map(s -> s.contains(section)).orElse(true);
    }
}
