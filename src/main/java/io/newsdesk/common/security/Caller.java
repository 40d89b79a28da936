package io.newsdesk.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is asking, in the terms the features need. */
@RequestScoped
public class Caller {
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
        java.util.List<String> limited = identity.isAnonymous() ? null : identity.getAttribute("sections");
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
