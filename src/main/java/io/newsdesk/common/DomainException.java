package io.newsdesk.common;

import java.util.List;

/**
 * A refusal by the domain: what was asked cannot be done, and why, in terms of stories, quotes and
 * reviews rather than HTTP. Services throw it; {@link ProblemMapper} alone turns each kind into its
 * RFC 9457 answer.
 */
public class DomainException extends RuntimeException {

    /** What kind of refusal; each has one HTTP status, chosen by the mapper. */
    public enum Kind {
        /** The thing does not exist, or the caller may not know that it does. */
        NOT_FOUND,
        /** The caller may know of the thing but not do this to it (a section outside its key's). */
        FORBIDDEN,
        /** It existed and was deleted. */
        GONE,
        /** It clashes with the current state (a taken slug, a closed story). */
        CONFLICT,
        /** Fields break rules; {@link #errors()} says which. */
        INVALID,
        /** The input is not of the right shape at all. */
        MALFORMED,
        /** Well-formed and valid, yet it cannot be applied to what is stored (a quote not in the body). */
        UNPROCESSABLE,
        /** The write must name the revision it was based on, and did not. */
        REVISION_REQUIRED,
        /** The write was based on a revision that is no longer current. */
        STALE
    }

    private final Kind kind;
    private final String code;
    private final String title;
    private final List<FieldError> errors;

    /**
     * @param code a problem type more specific than the kind's own ({@code reviews-closed}); null for the kind's
     * @param title its title, with {@code code}
     */
    public DomainException(Kind kind, String code, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.kind = kind;
        this.code = code;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static DomainException notFound(String detail) {
        return new DomainException(Kind.NOT_FOUND, null, null, detail, null);
    }

    public static DomainException forbidden(FieldError error) {
        return new DomainException(Kind.FORBIDDEN, null, null, error.message(), List.of(error));
    }

    public static DomainException gone(String detail) {
        return new DomainException(Kind.GONE, null, null, detail, null);
    }

    public static DomainException conflict(String detail) {
        return new DomainException(Kind.CONFLICT, null, null, detail, null);
    }

    public static DomainException malformed(String detail) {
        return new DomainException(Kind.MALFORMED, null, null, detail, null);
    }

    public static DomainException stale(String detail) {
        return new DomainException(Kind.STALE, null, null, detail, null);
    }

    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(Kind.INVALID, null, null,
                errors.size() == 1 ? errors.get(0).message() : errors.size() + " fields are not valid", errors);
    }

    public static DomainException invalid(FieldError error) {
        return invalid(List.of(error));
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
