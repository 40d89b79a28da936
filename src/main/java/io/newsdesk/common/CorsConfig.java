package io.newsdesk.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Which browser origins may call the API ({@code NEWSDESK_CORS_ORIGINS}). */
@ConfigMapping(prefix = "newsdesk.cors")
interface CorsConfig {

    /** Origins such as {@code https://www.example.org}, comma-separated; {@code *} allows any. */
    @WithDefault("*")
    List<String> origins();
}
