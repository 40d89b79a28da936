package io.newsdesk.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.List;

/** Checks a request body against its Bean Validation constraints, the same way for every resource. */
@ApplicationScoped
public class BodyValidation {
    private final Validator validator;

    public BodyValidation(Validator validator) {
        this.validator = validator;
    }

    /**
     * The body when it is valid; otherwise a 400 problem: no body at all, or every field that breaks
     * a constraint, each with a JSON pointer.
     */
    public <T> T check(T body) {
        if (body == null) {
            throw ProblemException.badRequest("The request needs a JSON body.");
        }
        List<FieldError> errors = FieldError.body(validator.validate(body));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return body;
    }
}
