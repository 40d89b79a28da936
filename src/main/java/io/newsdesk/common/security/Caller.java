package io.newsdesk.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is asking, in the terms the features need. */
@RequestScoped
public class Caller {
    /** The OpenAPI security scheme of bearer tokens. */
    public static final String BEARER = "bearer";
    /** Identity attributes the token check sets and the features read. */
    public static final String KEY_ATTRIBUTE = "newsdesk.key";
    public static final String ROLE_ATTRIBUTE = "role";
    /** The key's own requests-per-minute limit, when it has one. */
    public static final String RATE_LIMIT_ATTRIBUTE = "newsdesk.rate-limit";
    /** The only sections a key may see, when it is limited to some. */
    public static final String SECTIONS_ATTRIBUTE = "sections";
    private final SecurityIdentity identity;

    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Whether a token was presented (and accepted). Reading this authenticates the request. */
    public boolean authenticated() {
        return !identity.isAnonymous();
    }

    /** Editors see drafts, scheduled and embargoed stories and editorial notes. */
    public boolean canEdit() {
        return identity.hasRole(Role.EDITOR_NAME);
    }

    /** Partner keys and the roles that include partner (editor, admin): they syndicate stories. */
    public boolean partner() {
        return identity.hasRole(Role.PARTNER_NAME);
    }

    /**
     * The only sections this caller may see, for partner keys limited to some; empty means all.
     * Every feature that shows stories must apply it.
     */
    @SuppressWarnings("unchecked")
    public java.util.Optional<java.util.Set<String>> sections() {
        java.util.List<String> limited = identity.isAnonymous() ? null : identity.getAttribute(SECTIONS_ATTRIBUTE);
        return limited == null ? java.util.Optional.empty() : java.util.Optional.of(java.util.Set.copyOf(limited));
    }

    /** Whether this caller may see stories of the section. */
    public boolean mayRead(String section) {
        return sections().map(s -> s.contains(section)).orElse(true);
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
