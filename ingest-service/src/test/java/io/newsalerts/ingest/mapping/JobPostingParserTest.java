package io.newsalerts.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.contract.Salary;
import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.ingest.api.JobPostingRequest;
import io.newsalerts.ingest.support.Fixtures;

/** Validation and mapping of job postings in the contract's JSON shape. */
class JobPostingParserTest {

    @Test
    void readsEveryField() {
        JobPostingRequest posting = parse(Fixtures.object("jobposting.json"));

        assertThat(posting.url()).isEqualTo("https://careers.example.org/jobs/42/senior-data-engineer");
        assertThat(posting.title()).isEqualTo("Senior Data Engineer");
        assertThat(posting.company()).isEqualTo("Example Streaming");
        assertThat(posting.location()).isEqualTo("Los Gatos, California");
        assertThat(posting.remote()).isTrue();
        assertThat(posting.employmentType()).isEqualTo("FULL_TIME");
        assertThat(posting.description()).startsWith("Build the data pipelines");
        assertThat(posting.salary().toSalary()).isEqualTo(
                new Salary(new BigDecimal("150000"), new BigDecimal("210000.50"), "USD", "YEAR"));
        assertThat(posting.postedAt()).isEqualTo(Instant.parse("2023-07-20T09:00:00Z"));
        assertThat(posting.validThrough()).isEqualTo(Instant.parse("2023-10-01T06:59:59Z"));
    }

    @Test
    void absentRemoteAndSalaryMeanNotRemoteAndNoSalary() {
        ObjectNode document = Fixtures.object("jobposting.json");
        document.remove(List.of("remote", "salary"));

        JobPostingRequest posting = parse(document);

        assertThat(posting.remote()).isFalse();
        assertThat(posting.salary()).isNull();
    }

    @Test
    void aSalaryNeedsOnlyOneBound() {
        ObjectNode document = Fixtures.object("jobposting.json");
        ((ObjectNode) document.get("salary")).remove("max");

        assertThat(parse(document).salary().toSalary())
                .isEqualTo(new Salary(new BigDecimal("150000"), null, "USD", "YEAR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "currency | usd      | salary.currency | must be an ISO 4217 currency code such as USD",
            "currency | DOLLARS  | salary.currency | must be an ISO 4217 currency code such as USD",
            "currency | XYZ      | salary.currency | must be an ISO 4217 currency code such as USD",
            "currency | ''       | salary.currency | is required",
            "period   | ANNUAL   | salary.period   | must be one of HOUR, DAY, WEEK, MONTH, YEAR",
            "period   | year     | salary.period   | must be one of HOUR, DAY, WEEK, MONTH, YEAR",
            "period   | ''       | salary.period   | is required: one of HOUR, DAY, WEEK, MONTH, YEAR",
            "min      | lots     | salary.min      | must be a number, not a string",
    })
    void namesTheInvalidSalaryField(String field, String value, String path, String message) {
        ObjectNode document = Fixtures.object("jobposting.json");
        ((ObjectNode) document.get("salary")).put(field, value);

        assertThat(errorsOf(document)).containsExactly(new FieldError(path, message));
    }

    @Test
    void rejectsAnInvertedOrNegativeOrEmptyRange() {
        ObjectNode inverted = Fixtures.object("jobposting.json");
        ((ObjectNode) inverted.get("salary")).put("min", 300_000).put("max", 100_000);
        ObjectNode negative = Fixtures.object("jobposting.json");
        ((ObjectNode) negative.get("salary")).put("min", -1);
        ObjectNode empty = Fixtures.object("jobposting.json");
        ((ObjectNode) empty.get("salary")).remove(List.of("min", "max"));

        assertThat(errorsOf(inverted)).containsExactly(new FieldError("salary.max", "must not be less than min"));
        assertThat(errorsOf(negative)).containsExactly(new FieldError("salary.min", "must not be negative"));
        assertThat(errorsOf(empty)).containsExactly(new FieldError("salary.min", "is required when max is missing"));
    }

    @Test
    void namesFieldsOfTheWrongType() {
        ObjectNode document = Fixtures.object("jobposting.json").put("remote", "yes").put("salary", 100_000)
                .put("postedAt", "last week");

        assertThat(errorsOf(document)).containsExactly(
                new FieldError("remote", "must be a boolean, not a string"),
                new FieldError("salary", "must be an object, not a number"),
                new FieldError("postedAt", "must be an ISO-8601 date-time with offset, such as 2023-07-26T16:00:00Z"));
    }

    private static List<FieldError> errorsOf(ObjectNode document) {
        return catchThrowableOfType(InvalidRequestException.class, () -> parse(document)).errors();
    }

    private static JobPostingRequest parse(ObjectNode document) {
        return JobPostingParser.parse(document, Fixtures.VALIDATOR);
    }
}
