package io.newsdesk.common;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an {@code If-Match} header asks of a write: that the resource still be at one of these
 * revisions. Resources parse the header; services check it against the stored revision.
 *
 * @param revisions the revisions named by the header's ETags; empty when {@link #any}
 * @param any true for {@code *} or no header at all: no revision is required
 * @param missing the header is missing where the write needs it
 */
public record Precondition(List<Long> revisions, boolean any, boolean missing) {
    /** No header: the write does not depend on a revision. */
    public static final Precondition NONE = new Precondition(List.of(), true, false);
    private static final Precondition MISSING = new Precondition(List.of(), false, true);
    private static final Pattern REVISION_TAG = Pattern.compile("\"r(\\d{1,18})(?:-[0-9a-f]+)?\"");

    public Precondition {
        revisions = List.copyOf(revisions);
    }

    /**
     * @param header the {@code If-Match} header; null when absent
     * @param required whether a missing header is refused with 428 (PUT and PATCH) or allowed
     */
    public static Precondition ifMatch(String header, boolean required) {
        if (header == null || header.isBlank()) {
            return required ? MISSING : NONE;
        }
        if (header.trim().equals("*")) {
            return NONE;
        }
        Matcher matcher = REVISION_TAG.matcher(header);
        List<Long> revisions = new java.util.ArrayList<>();
        while (matcher.find()) {
            revisions.add(Long.parseLong(matcher.group(1)));
        }
        return new Precondition(revisions, false, false);
    }

    /**
     * @param what the kind of resource written ("quote"), for the refusal's wording
     * @throws DomainException of kind REVISION_REQUIRED without the header, STALE when the resource has moved on
     */
    public void check(int currentRevision, String what) {
        if (missing) {
            throw new DomainException(DomainException.Kind.REVISION_REQUIRED, null, null,
                    "This write needs an If-Match header with the ETag of the version you edited.", null);
        }
        if (!any && !revisions.contains((long) currentRevision)) {
            throw DomainException.stale("The " + what + " has changed since that ETag (now at revision "
                    + currentRevision + "); fetch it again and reapply your edit.");
        }
    }
}
