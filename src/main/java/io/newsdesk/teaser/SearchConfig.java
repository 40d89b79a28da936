package io.newsdesk.teaser;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Search settings ({@code newsdesk.search.*}). */
@ConfigMapping(prefix = "newsdesk.search")
interface SearchConfig {

    /**
     * Where the embedded database's search index lives. It holds nothing the database does not:
     * deleting the folder makes the next start build it again.
     */
    @WithDefault("data/search")
    Path indexDir();
}
