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

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }
}
