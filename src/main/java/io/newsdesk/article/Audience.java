package io.newsdesk.article;

import io.newsdesk.common.security.Caller;
import java.util.Set;

/**
 * Who is looking at stories, in the terms {@link Visibility} decides by.
 *
 * @param editorial editors and admins: they see drafts, scheduled, embargoed and withdrawn stories
 * @param partner partner keys and the roles that include partner: they hear of withdrawals
 * @param sections the only sections this audience may see; null for all
 */
public record Audience(boolean editorial, boolean partner, Set<String> sections) {
    /** An anonymous reader (and a moderator, whose role sees no more stories than a reader does). */
    public static final Audience PUBLIC = new Audience(false, false, null);
    /** The newsroom's own view, for work the server does on its own account. */
    public static final Audience EDITORIAL = new Audience(true, true, null);

    public Audience {
        sections = sections == null ? null : Set.copyOf(sections);
    }

    public static Audience of(Caller caller) {
        return new Audience(caller.canEdit(), caller.partner(), caller.sections().orElse(null));
    }

    /** The same audience as a reader: lists that show public stories only, even to editors, look with it. */
    public Audience asReader() {
        return new Audience(false, partner, sections);
    }

    /** Whether stories of the section may be shown at all. */
    public boolean mayRead(String section) {
        return sections == null || sections.contains(section);
    }
}
