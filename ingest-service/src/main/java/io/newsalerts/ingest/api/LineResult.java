package io.newsalerts.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.newsalerts.edge.problem.Problem;

/**
 * The result of one line of an NDJSON request: {@code line} is its 1-based line number in the request body,
 * {@code status} the HTTP status the item would have had on its own (202, 200, 400, 503 or 500). Successes carry
 * {@code id} and {@code duplicate}, failures a {@code problem}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineResult(int line, int status, String id, Boolean duplicate, Problem problem) {

    public static LineResult of(int line, IngestResult result) {
        return new LineResult(line, result.duplicate() ? 200 : 202, result.id(), result.duplicate(), null);
    }

    public static LineResult failed(int line, Problem problem) {
        return new LineResult(line, problem.status(), null, null, problem);
    }
}
