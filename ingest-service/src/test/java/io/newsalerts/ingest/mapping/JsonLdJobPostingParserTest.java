package io.newsalerts.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.contract.Salary;
import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.ingest.api.JobPostingRequest;
import io.newsalerts.ingest.support.Fixtures;

/** Mapping of schema.org JobPosting JSON-LD, on our fixture and, when present, the shared seed posting. */
class JsonLdJobPostingParserTest {

    private static final Salary NETFLIX_SALARY =
            new Salary(new BigDecimal("300000"), new BigDecimal("900000"), "USD", "YEAR");

    /** The in-repo fixture, and the shared seed posting it is modelled on when the shared data is present. */
    static Stream<Arguments> netflixPostings() throws IOException {
        Stream.Builder<Arguments> postings = Stream.builder();
        postings.add(Arguments.of("in-repo fixture", Fixtures.text("jobposting-netflix.jsonld")));
        Path seed = Fixtures.sharedData().resolve("seed/jobposting-netflix-ml-platform.jsonld");
        if (Files.isRegularFile(seed)) {
            postings.add(Arguments.of("shared seed", Files.readString(seed)));
        }
        return postings.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("netflixPostings")
    void mapsTheNetflixPosting(String source, String jsonLd) {
        JobPostingRequest posting = parse(JsonBodies.readObject(jsonLd));

        assertThat(posting.title()).isEqualTo("Product Manager - Machine Learning Platform");
        assertThat(posting.company()).isEqualTo("Netflix");
        assertThat(posting.location()).contains("California");
        assertThat(posting.remote()).isFalse();
        assertThat(posting.employmentType()).isEqualTo("FULL_TIME");
        assertThat(posting.description()).contains("Netflix").contains("machine learning platform");
        assertThat(posting.salary().toSalary()).isEqualTo(NETFLIX_SALARY);
        assertThat(posting.postedAt()).isEqualTo(Instant.parse("2023-07-25T00:00:00Z"));
        assertThat(posting.url()).startsWith("https://jobs.example.").doesNotContain("#");
    }

    @Test
    void mapsTheWholeInRepoFixture() {
        JobPostingRequest posting = parse(Fixtures.object("jobposting-netflix.jsonld"));

        assertThat(posting.url())
                .isEqualTo("https://jobs.example.org/netflix/product-manager-machine-learning-platform");
        assertThat(posting.location()).isEqualTo("Los Gatos, California, US");
        assertThat(posting.validThrough()).isEqualTo(Instant.parse("2023-11-01T06:59:00Z"));
        assertThat(posting.id()).isNull();
    }

    @Test
    void findsThePostingInAGraph() {
        ObjectNode document = Fixtures.JSON.createObjectNode().put("@context", "https://schema.org");
        document.putArray("@graph")
                .add(Fixtures.JSON.createObjectNode().put("@type", "WebPage").put("name", "Careers"))
                .add(Fixtures.object("jobposting-netflix.jsonld").put("@type", "schema:JobPosting"));

        assertThat(parse(document).company()).isEqualTo("Netflix");
    }

    @Test
    void readsTheOtherShapesOfItsFields() {
        ObjectNode document = posting().put("hiringOrganization", "Example Corp");
        document.putArray("employmentType").add("FULL_TIME").add("CONTRACTOR");
        document.putArray("jobLocationType").add("TELECOMMUTE");
        document.putArray("jobLocation")
                .add("Remote, EU")
                .add(Fixtures.JSON.createObjectNode().put("@type", "PostalAddress")
                        .put("addressLocality", "Lisbon").put("addressCountry", "PT"))
                .add(Fixtures.JSON.createObjectNode().put("@type", "Place").put("address", "Berlin, Germany"));
        document.putObject("baseSalary").put("currency", "EUR").put("value", "45.50").put("unitText", "hour");
        document.put("datePosted", "2024-02-01T10:15:00");

        JobPostingRequest posting = parse(document);

        assertThat(posting.company()).isEqualTo("Example Corp");
        assertThat(posting.employmentType()).isEqualTo("FULL_TIME, CONTRACTOR");
        assertThat(posting.remote()).isTrue();
        assertThat(posting.location()).isEqualTo("Remote, EU; Lisbon, PT; Berlin, Germany");
        assertThat(posting.salary().toSalary())
                .isEqualTo(new Salary(new BigDecimal("45.50"), new BigDecimal("45.50"), "EUR", "HOUR"));
        assertThat(posting.postedAt()).isEqualTo(Instant.parse("2024-02-01T10:15:00Z"));
    }

    @Test
    void aQuantitativeValueWithOneValueIsBothBounds() {
        ObjectNode document = posting();
        document.putObject("baseSalary").put("currency", "GBP")
                .putObject("value").put("@type", "QuantitativeValue").put("value", 5000).put("unitText", "MONTH");

        assertThat(parse(document).salary().toSalary())
                .isEqualTo(new Salary(new BigDecimal("5000"), new BigDecimal("5000"), "GBP", "MONTH"));
    }

    @Test
    void jobLocationTypeIsOnlyLookedAtForTelecommute() {
        ObjectNode document = posting().put("jobLocationType", "TELECOMMUTE \u0007" + "x".repeat(400));

        assertThat(parse(document).remote()).isFalse();
    }

    @Test
    void rejectsAnotherType() {
        assertThat(errorsOf(posting().put("@type", "NewsArticle")))
                .containsExactly(new FieldError("@type", "must be JobPosting"));
    }

    @Test
    void namesEveryInvalidJsonLdField() {
        ObjectNode document = posting().put("datePosted", "July 25th");
        document.remove(List.of("url", "title"));
        document.putArray("jobLocation").add("Los Gatos").add(7);
        ObjectNode salary = document.putObject("baseSalary").put("currency", "usd");
        salary.putObject("value").put("minValue", 1).put("maxValue", 2);

        assertThat(errorsOf(document)).containsExactlyInAnyOrder(
                new FieldError("url", "is required"),
                new FieldError("title", "is required"),
                new FieldError("jobLocation[1]", "must be a Place, a PostalAddress or text, not a number"),
                new FieldError("baseSalary.currency", "must be an ISO 4217 currency code such as USD"),
                new FieldError("baseSalary.value.unitText", "is required: one of HOUR, DAY, WEEK, MONTH, YEAR"),
                new FieldError("datePosted",
                        "must be an ISO-8601 date or date-time, such as 2023-07-25 or 2023-07-25T09:00:00Z"));
    }

    @Test
    void constraintViolationsNameTheJsonLdFieldsTheValuesCameFrom() {
        ObjectNode inverted = posting();
        inverted.putObject("hiringOrganization").put("name", "n".repeat(301));
        inverted.putObject("baseSalary").put("currency", "EUR")
                .putObject("value").put("minValue", 10).put("maxValue", 5).put("unitText", "YEAR");
        ObjectNode negative = posting().put("datePosted", "2024-02-01");
        negative.putObject("baseSalary").put("currency", "EUR").put("value", -5).put("unitText", "hour");
        ObjectNode noAmount = posting();
        noAmount.putObject("baseSalary").put("currency", "EUR").putObject("value").put("unitText", "YEAR");

        assertThat(errorsOf(inverted)).containsExactlyInAnyOrder(
                new FieldError("hiringOrganization.name", "must be at most 300 characters long"),
                new FieldError("baseSalary.value.maxValue", "must not be less than min"));
        assertThat(errorsOf(negative)).containsExactly(new FieldError("baseSalary.value", "must not be negative"));
        assertThat(errorsOf(noAmount)).containsExactly(new FieldError("baseSalary.value.value", "is required"));
    }

    @Test
    void errorsInAGraphNameTheirPath() {
        ObjectNode document = Fixtures.JSON.createObjectNode();
        document.putArray("@graph").add(posting().put("title", 42));

        assertThat(errorsOf(document))
                .containsExactly(new FieldError("@graph[0].title", "must be a string, not a number"));
    }

    /** A minimal valid posting. */
    private static ObjectNode posting() {
        return Fixtures.JSON.createObjectNode()
                .put("@context", "https://schema.org/")
                .put("@type", "JobPosting")
                .put("url", "https://jobs.example.org/1")
                .put("title", "Engineer");
    }

    private static List<FieldError> errorsOf(ObjectNode document) {
        return catchThrowableOfType(InvalidRequestException.class, () -> parse(document))
                .errors();
    }

    private static JobPostingRequest parse(ObjectNode document) {
        return JsonLdJobPostingParser.parse(document, Fixtures.VALIDATOR);
    }
}
