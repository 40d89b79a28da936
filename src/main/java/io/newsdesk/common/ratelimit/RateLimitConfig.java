package io.newsdesk.common.ratelimit;

import io.newsdesk.common.security.Role;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request limits, all under {@code newsdesk.rate-limit.*}. Every limit is in requests per minute. */
@ConfigMapping(prefix = "newsdesk.rate-limit")
public interface RateLimitConfig {

    /** Off turns limiting and the RateLimit-* headers off entirely. */
    @WithDefault("true")
    boolean enabled();

    /** Where buckets live: in this node's memory, or in PostgreSQL to share them between nodes. */
    @WithDefault("memory")
    Store store();

    /** Anonymous clients, per address. */
    @WithDefault("60")
    int anonymous();

    /** Keys of each role without a limit of their own. */
    @WithDefault("600")
    int partner();

    @WithDefault("1200")
    int editor();

    @WithDefault("600")
    int moderator();

    @WithDefault("1200")
    int admin();


    /** The limit of a key: its own, else its role's. */
    default int limitFor(Role role, Integer own) {
        return own != null ? own : defaultFor(role);
    }

    default int defaultFor(Role role) {
        return switch (role) {
            case PARTNER -> partner();
            case EDITOR -> editor();
            case MODERATOR -> moderator();
            case ADMIN -> admin();
        };
    }

    enum Store {
        MEMORY, POSTGRESQL
    }
}
