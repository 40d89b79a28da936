package io.newsdesk.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Who publishes the syndicated stories and on what terms: {@code newsdesk.syndication.*}. */
@ConfigMapping(prefix = "newsdesk.syndication")
public interface SyndicationConfig {

    Publisher publisher();

    /** The ninjs {@code copyrightholder} and schema.org {@code copyrightHolder}; the publisher's name when unset. */
    Optional<String> copyrightHolder();

    /** The ninjs {@code copyrightnotice}, for example "© 2026 Newsdesk Agency". */
    Optional<String> copyrightNotice();

    /** The ninjs {@code usageterms}: what partners may do with the stories. */
    @WithDefault("For use by Newsdesk subscribers under the terms of their agreement; no redistribution.")
    String usageTerms();

    /** Stories in a feed when the request does not say {@code limit}. */
    @WithDefault("50")
    int feedSize();

    interface Publisher {
        /** The organisation named as publisher and feed author. */
        @WithDefault("Newsdesk")
        String name();

        /** The organisation's home page; the site URL ({@code newsdesk.site-url}) when unset. */
        Optional<String> url();

        /** An absolute address of the organisation's logo, for schema.org and feed icons. */
        Optional<String> logo();
    }
}
