package fr.guichet.common.api;

import fr.guichet.common.domain.DomainException;
import fr.guichet.common.domain.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a request record's Bean Validation constraints and reports every broken one as a
 * {@code VALIDATION_FAILED} problem listing the fields.
 */
@ApplicationScoped
public class RequestValidator {

    @Inject
    Validator validator;

    public <T> T valid(T request) {
        if (request == null) {
            throw DomainException.invalid("body", "a JSON object is required");
        }
        List<Violation> violations = validator.validate(request).stream()
                .map(RequestValidator::toViolation)
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        return request;
    }

    private static Violation toViolation(ConstraintViolation<?> v) {
        return new Violation(v.getPropertyPath().toString(), v.getMessage());
    }
}
