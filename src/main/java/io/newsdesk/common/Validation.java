package io.newsdesk.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/** Bean Validation of request bodies, answered as one 400 problem with a JSON pointer per broken rule. */
public final class Validation {
    private Validation() {
    }

    /** Returns the body when it keeps every rule; otherwise throws the 400 problem. */
    public static <T> T body(Validator validator, T input) {
        if (input == null) {
            throw DomainException.malformed("The request needs a JSON body.");
        }
        List<FieldError> errors = validator.validate(input).stream()
                .map(v -> FieldError.body(pointer(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::pointer))
                .toList();
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return input;
    }

    private static String pointer(ConstraintViolation<?> violation) {
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
