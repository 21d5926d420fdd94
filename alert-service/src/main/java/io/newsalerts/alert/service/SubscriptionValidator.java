package io.newsalerts.alert.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsalerts.alert.api.MinSalary;
import io.newsalerts.alert.api.SubscriptionRequest;
import io.newsalerts.alert.problem.FieldError;
import io.newsalerts.alert.problem.ProblemException;
import io.newsalerts.contract.EventType;
import io.newsalerts.matcher.CompiledQuery;
import io.newsalerts.matcher.InvalidQueryException;
import io.newsalerts.matcher.QueryCompiler;

/** Checks a subscription request field by field and reports every offending field at once. */
@ApplicationScoped
public class SubscriptionValidator {

    private static final int MAX_NAME = 200;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final BigDecimal MAX_SALARY = new BigDecimal("1000000000000");

    public ValidSubscription validate(SubscriptionRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "a JSON object with at least a 'query' is required");
        }
        List<FieldError> errors = new ArrayList<>();
        CompiledQuery query = compileQuery(request.query(), errors);
        if (request.name() != null && request.name().length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
        }
        if (TextRules.hasControlCharacters(request.name())) {
            errors.add(new FieldError("name", "must not contain control characters"));
        }
        List<String> types = types(request.types(), errors);
        checkMinSalary(request.minSalary(), errors);
        if (request.language() != null && !LANGUAGE.matcher(request.language()).matches()) {
            errors.add(new FieldError("language", "must be a language tag such as 'en' or 'en-US'"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        MinSalary minSalary = request.minSalary();
        return new ValidSubscription(request.name(), query, types, minSalary == null ? null : minSalary.amount(),
                minSalary == null ? null : minSalary.currency(),
                request.language() == null ? null : request.language().toLowerCase());
    }

    private static CompiledQuery compileQuery(String query, List<FieldError> errors) {
        if (query == null) {
            errors.add(new FieldError("query", "is required"));
            return null;
        }
        if (TextRules.hasControlCharacters(query)) {
            errors.add(new FieldError("query", "must not contain control characters"));
            return null;
        }
        try {
            return QueryCompiler.compile(query);
        } catch (InvalidQueryException e) {
            errors.add(new FieldError("query", e.getMessage(), e.position()));
            return null;
        }
    }

    private static List<String> types(List<String> requested, List<FieldError> errors) {
        if (requested == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String type = requested.get(i);
            if (EventType.fromWireName(type) == null) {
                errors.add(new FieldError("types[" + i + "]", "must be 'article' or 'job-posting'"));
            } else if (!types.contains(type)) {
                types.add(type);
            }
        }
        return List.copyOf(types);
    }

    private static void checkMinSalary(MinSalary minSalary, List<FieldError> errors) {
        if (minSalary == null) {
            return;
        }
        if (minSalary.amount() == null || minSalary.amount().signum() <= 0
                || minSalary.amount().compareTo(MAX_SALARY) > 0) {
            errors.add(new FieldError("minSalary.amount", "must be a positive yearly amount"));
        }
        if (minSalary.currency() == null || !CURRENCY.matcher(minSalary.currency()).matches()) {
            errors.add(new FieldError("minSalary.currency", "must be an ISO 4217 code such as 'USD'"));
        }
    }
}
