package io.newsalerts.alert.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.newsalerts.edge.problem.Problem;

/** One line's answer to an NDJSON request: its status, and the subscription or the problem. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineResult(int line, int status, SubscriptionView subscription, Problem problem) {
}
