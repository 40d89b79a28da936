package io.newsdesk.quote;

import io.newsdesk.article.Article;
import io.newsdesk.article.ArticleRepository;
import io.newsdesk.common.Clock;
import io.newsdesk.common.security.Caller;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Which quotes a caller sees: editors those of every story not deleted; everyone else only located quotes of
 * stories public now. Partner keys limited to some sections see only those sections' quotes.
 *
 * @param sections the sections the caller may see; null for all
 */
record Viewer(boolean editor, Instant now, Set<String> sections) {

    static Viewer of(Caller caller) {
        return new Viewer(caller.canEdit(), Clock.now(), caller.sections().orElse(null));
    }

    /** Editors' view, for reads the service makes on its own account. */
    static Viewer editorial() {
        return new Viewer(true, Clock.now(), null);
    }

    boolean sees(Quote quote) {
        return seesStory(quote.article) && (editor || !quote.orphaned);
    }

    boolean seesStory(Article article) {
        return !article.deleted() && (sections == null || sections.contains(article.section.slug))
                && (editor || article.publicAt(now));
    }

    /** The same rule in JPQL, on a quote {@code q} joined to its story {@code a}. */
    String where(Map<String, Object> params) {
        StringBuilder jpql = new StringBuilder();
        if (editor) {
            jpql.append("a.deletedAt is null");
        } else {
            jpql.append(ArticleRepository.PUBLIC).append(" and q.orphaned = false");
            params.put("now", now);
        }
        if (sections != null) {
            jpql.append(" and a.section.slug in :allowed");
            params.put("allowed", sections);
        }
        return jpql.toString();
    }
}
