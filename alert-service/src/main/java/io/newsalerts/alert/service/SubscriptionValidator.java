package io.newsalerts.alert.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.newsalerts.alert.api.MinSalary;
import io.newsalerts.alert.api.SubscriptionRequest;
import io.newsalerts.alert.persistence.SubscriptionEntity;
import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.ProblemException;
import io.newsalerts.edge.problem.Violations;
import io.newsalerts.matcher.QueryCompiler;

/**
 * Checks a subscription request with Bean Validation (the constraints of {@link SubscriptionRequest}), reporting
 * every offending field at once, and normalizes it. JSON and NDJSON requests both come through here.
 */
@ApplicationScoped
public class SubscriptionValidator {

    private final Validator validator;

    SubscriptionValidator(Validator validator) {
        this.validator = validator;
    }

    public ValidSubscription validate(SubscriptionRequest request) {
        if (request == null) {
            throw ProblemException.invalid(FieldError.DOCUMENT, "must be a JSON object with at least a 'query'");
        }
        Violations.requireNone(validator.validate(request));
        MinSalary minSalary = request.minSalary();
        List<String> types = request.types() == null ? List.of() : request.types().stream().distinct().toList();
        return new ValidSubscription(request.name(), QueryCompiler.compile(request.query()), types,
                minSalary == null ? null : minSalary.amount(), minSalary == null ? null : minSalary.currency(),
                request.language() == null ? null : request.language().toLowerCase(),
                request.collapse() == null ? SubscriptionEntity.COLLAPSE_STORY : request.collapse());
    }
}
