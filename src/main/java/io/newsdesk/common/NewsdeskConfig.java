package io.newsdesk.common;

import io.quarkus.runtime.configuration.MemorySize;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The project's own settings, all under {@code newsdesk.*} (environment: {@code NEWSDESK_*}). */
@ConfigMapping(prefix = "newsdesk")
public interface NewsdeskConfig {

    /** Bootstrap admin token ({@code NEWSDESK_ADMIN_TOKEN}); unset means no bootstrap token. */
    Optional<String> adminToken();

    /** Public site the stories are rendered on; enables {@code links.html}. */
    Optional<String> siteUrl();

    /**
     * The API's own public address (scheme, host, port and any path prefix before {@code /api/v1}), for the
     * absolute links of feeds and documents. Never taken from a request's {@code Host} header, which any
     * client can forge and a shared cache would then serve to everyone.
     */
    @WithDefault("http://localhost:8080")
    String publicBaseUrl();

    /** Requests with a larger declared body are refused with 413. */
    @WithDefault("1048576")
    long maxRequestBytes();

    DemoContent demoContent();

    Cache cache();

    interface DemoContent {
        /** Load the sample stories into an empty embedded (H2) database at start. Never applies to PostgreSQL. */
        @WithDefault("true")
        boolean enabled();
    }

    interface Cache {
        /** {@code max-age} of public responses, in seconds. */
        @WithDefault("60")
        int maxAge();

        /** {@code stale-while-revalidate} of public responses, in seconds. */
        @WithDefault("300")
        int staleWhileRevalidate();

        /** Keep public representations as rendered bytes, served without a query ({@code io.newsdesk.common.cache}). */
        @WithDefault("true")
        boolean enabled();

        /** Bound of the rendered-bytes cache (bodies and their headers), e.g. {@code 32M}. */
        @WithDefault("32M")
        MemorySize maxSize();

        /** Serve hits from a worker thread instead of the event loop: only to measure the hop. */
        @WithDefault("false")
        boolean hitsOnWorker();
    }
}
