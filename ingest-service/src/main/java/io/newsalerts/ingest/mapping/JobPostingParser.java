package io.newsalerts.ingest.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.ingest.api.JobPostingRequest;
import io.newsalerts.ingest.api.SalaryRequest;
import io.newsalerts.ingest.validation.RequestValidator;

/**
 * Reads a job posting in the contract's own JSON shape. Unknown fields, and the event-only fields {@code type}
 * and {@code ingestedAt}, are ignored; an absent {@code remote} means not remote.
 */
public final class JobPostingParser {

    private JobPostingParser() {
    }

    /** @throws InvalidRequestException listing every offending field */
    public static JobPostingRequest parse(ObjectNode document, RequestValidator validator) {
        JsonReader fields = JsonReader.of(document);
        JobPostingRequest posting = new JobPostingRequest(
                fields.optionalText("id"),
                fields.text("url"),
                fields.text("title"),
                fields.optionalText("company"),
                fields.optionalText("location"),
                Boolean.TRUE.equals(fields.bool("remote")),
                fields.optionalText("employmentType"),
                fields.optionalText("description"),
                salary(fields.object("salary")),
                fields.timestamp("postedAt"),
                fields.timestamp("validThrough"));
        validator.validate(posting, fields.errors(), fields::field);
        return posting.withUrl(UrlCanonicalizer.canonicalize(posting.url()));
    }

    private static SalaryRequest salary(JsonReader salary) {
        return salary == null ? null : new SalaryRequest(salary.number("min", false), salary.number("max", false),
                salary.optionalText("currency"), salary.optionalText("period"));
    }
}
