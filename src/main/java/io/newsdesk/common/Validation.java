package io.newsdesk.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/** Bean Validation of request bodies, answered as 400 problems with JSON pointers to the fields at fault. */
public final class Validation {
    private Validation() {
    }

    /** Returns the body when it is valid; otherwise throws the problem that lists every fault. */
    public static <T> T body(Validator validator, T body) {
        if (body == null) {
            throw ProblemException.badRequest("The request needs a JSON body.");
        }
        List<FieldError> errors = validator.validate(body).stream()
                .map(v -> FieldError.body(pointer(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::pointer))
                .toList();
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return body;
    }

    /** {@code /sections/0} for the first element of {@code sections}, {@code /name} for {@code name}. */
    static String pointer(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable() && node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                pointer.append('/').append(node.getName());
            }
        }
        return pointer.toString();
    }
}
