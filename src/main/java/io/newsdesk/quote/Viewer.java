package io.newsdesk.quote;

import io.newsdesk.article.Article;
import io.newsdesk.article.Audience;
import io.newsdesk.article.Visibility;
import io.newsdesk.common.Time;
import io.newsdesk.common.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Which quotes an audience sees: those of the stories {@link Visibility} lets it see, and of those,
 * for everyone but editors, only quotes still located in the story's text.
 */
record Viewer(Audience audience, Instant now) {

    static Viewer of(Caller caller, Clock clock) {
        return new Viewer(Audience.of(caller), Time.now(clock));
    }

    boolean editor() {
        return audience.editorial();
    }

    boolean limited() {
        return audience.sections() != null;
    }

    boolean sees(Quote quote) {
        return seesStory(quote.article) && (editor() || !quote.orphaned);
    }

    boolean seesStory(Article article) {
        return Visibility.sees(audience, article, now);
    }

    /** The same rule in JPQL, on a quote {@code q} joined to its story {@code a}. */
    String where(Map<String, Object> params) {
        String story = Visibility.jpql(audience, "a", now).into(params);
        return editor() ? story : story + " and q.orphaned = false";
    }
}
