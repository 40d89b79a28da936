package io.newsdesk.article;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one rule of who may see which story when. A story is public once it is published (or its
 * scheduled time has come) and any embargo has ended, until it is unpublished or deleted. Editors see
 * every story that is not deleted; partners also learn that a public story was withdrawn; keys limited
 * to some sections see nothing of the others. Every read of stories, in Java or in a query, asks here.
 */
public final class Visibility {
    /** The statuses of a story that is, or will by the clock become, public. */
    public static final Set<ArticleStatus> LIVE = EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED);

    private Visibility() {
    }

    /** What an audience may know of a story. */
    public enum Sight {
        /** The story itself. */
        VISIBLE,
        /** Only that it was public and is no longer: its id, version and withdrawal, none of its text. */
        WITHDRAWN,
        /** Nothing: to this audience the story does not exist. */
        HIDDEN
    }

    /** When readers can first see a story: its publication time, or the end of its embargo if later. */
    public static Instant publicFrom(Instant publishedAt, Instant embargoUntil) {
        if (publishedAt == null) {
            return null;
        }
        return embargoUntil != null && embargoUntil.isAfter(publishedAt) ? embargoUntil : publishedAt;
    }

    /** Whether anonymous readers may see the story at that instant. */
    public static boolean isPublic(Article story, Instant at) {
        return !story.deleted() && LIVE.contains(story.status) && !story.sortAt.isAfter(at);
    }

    public static boolean sees(Audience audience, Article story, Instant at) {
        return sight(audience, story, at) == Sight.VISIBLE;
    }

    public static Sight sight(Audience audience, Article story, Instant at) {
        if (!audience.mayRead(story.section.slug)) {
            return Sight.HIDDEN;
        }
        if (isPublic(story, at) || (audience.editorial() && !story.deleted())) {
            return Sight.VISIBLE;
        }
        boolean withdrawn = story.deleted() || story.status == ArticleStatus.UNPUBLISHED;
        return withdrawn && audience.partner() && wasPublic(story) ? Sight.WITHDRAWN : Sight.HIDDEN;
    }

    /** Whether readers could see the story before it was withdrawn: it went public before its last write. */
    static boolean wasPublic(Article story) {
        return story.publishedAt != null && story.status != ArticleStatus.DRAFT && !story.sortAt.isAfter(story.updatedAt);
    }

    /** A query condition with its parameters, to splice into JPQL or SQL with {@code and}. */
    public record Condition(String text, Map<String, Object> parameters) {

        /** Adds the parameters to a map that is bound to the query with everything else. */
        public String into(Map<String, Object> params) {
            params.putAll(parameters);
            return text;
        }
    }

    /**
     * {@link #sees} as a JPQL condition on a story alias ({@code a}) whose section is {@code a.section}.
     * Parameters are named {@code visibleAt} and {@code visibleSections}.
     */
    public static Condition jpql(Audience audience, String alias, Instant at) {
        return condition(audience, at, alias + ".deletedAt is null",
                alias + ".status in ('PUBLISHED', 'SCHEDULED') and " + alias + ".sortAt <= :visibleAt",
                alias + ".section.slug in :visibleSections");
    }

    /**
     * {@link #sees} as an SQL condition on {@code article} rows aliased {@code alias}. A section limit
     * joins nothing: it is a sub-select on {@code section}.
     */
    public static Condition sql(Audience audience, String alias, Instant at) {
        return condition(audience, at, alias + ".deleted_at is null",
                alias + ".status in ('PUBLISHED', 'SCHEDULED') and " + alias + ".sort_at <= :visibleAt",
                alias + ".section_id in (select vs.id from section vs where vs.slug in (:visibleSections))");
    }

    private static Condition condition(Audience audience, Instant at, String live, String published, String inSections) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder text = new StringBuilder(live);
        if (!audience.editorial()) {
            text.append(" and ").append(published);
            params.put("visibleAt", at);
        }
        if (audience.sections() != null && audience.sections().isEmpty()) {
            text.append(" and 1 = 0");
        } else if (audience.sections() != null) {
            text.append(" and ").append(inSections);
            params.put("visibleSections", audience.sections());
        }
        return new Condition(text.toString(), params);
    }
}
