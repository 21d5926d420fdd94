package io.newsalerts.ingest.mapping;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.contract.Salary;
import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.ingest.api.JobPostingRequest;

/**
 * Reads a job posting in the contract's own JSON shape. Unknown fields, and the event-only fields {@code type}
 * and {@code ingestedAt}, are ignored; an absent {@code remote} means not remote. A {@code salary} needs
 * {@code currency}, {@code period} and at least one of {@code min} and {@code max}.
 */
public final class JobPostingParser {

    private JobPostingParser() {
    }

    /** @throws InvalidRequestException listing every offending field */
    public static JobPostingRequest parse(ObjectNode document) {
        JsonFields fields = JsonFields.of(document);
        JobPostingRequest posting = new JobPostingRequest(
                FieldRules.clientId(fields),
                fields.requiredUrl("url"),
                fields.requiredText("title", FieldRules.MAX_TITLE),
                fields.optionalText("company", FieldRules.MAX_NAME),
                fields.optionalText("location", FieldRules.MAX_LOCATION),
                Boolean.TRUE.equals(fields.optionalBoolean("remote")),
                fields.optionalText("employmentType", FieldRules.MAX_EMPLOYMENT_TYPE),
                fields.optionalText("description", FieldRules.MAX_TEXT),
                salary(fields),
                fields.optionalTimestamp("postedAt"),
                fields.optionalTimestamp("validThrough"));
        fields.throwIfInvalid();
        return posting;
    }

    private static Salary salary(JsonFields posting) {
        JsonFields salary = posting.optionalObject("salary");
        if (salary == null) {
            return null;
        }
        return FieldRules.salary(salary,
                "min", salary.optionalNumber("min", false),
                "max", salary.optionalNumber("max", false),
                FieldRules.currency(salary, "currency"),
                FieldRules.period(salary, "period", false));
    }
}
