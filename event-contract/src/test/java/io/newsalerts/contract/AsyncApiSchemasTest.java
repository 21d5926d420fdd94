package io.newsalerts.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AsyncApiSchemasTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void conformingAlertHasNoViolations() throws Exception {
        JsonNode alert = json.readTree("""
                {"id":"a1","subscriptionId":"s1","subscriberId":"u1","eventType":"article","eventId":"e1",
                 "title":"T","url":"https://example.org/x","matchedTerms":["netflix"],"snippet":null,
                 "publishedAt":null,"matchedAt":"2024-01-01T00:00:00Z"}""");

        assertThat(AsyncApiSchemas.violations("AlertEvent", alert)).isEmpty();
    }

    @Test
    void missingFieldsWrongTypesAndUnknownFieldsAreViolations() throws Exception {
        JsonNode article = json.readTree("""
                {"id":"a1","type":"job-posting","url":"https://example.org/x","title":7,"extra":true,
                 "ingestedAt":"2024-01-01T00:00:00Z"}""");

        assertThat(AsyncApiSchemas.violations("ArticleEvent", article)).hasSize(3);
    }

    @Test
    void salaryIsCheckedThroughItsReference() throws Exception {
        JsonNode posting = json.readTree("""
                {"id":"p1","type":"job-posting","url":"https://example.org/j","title":"PM",
                 "salary":{"min":1,"max":2,"currency":"usd","period":"YEAR"},"ingestedAt":"2024-01-01T00:00:00Z"}""");

        assertThat(AsyncApiSchemas.violations("JobPostingEvent", posting)).isNotEmpty();
    }

    @Test
    void unknownSchemaIsRefused() {
        assertThatThrownBy(() -> AsyncApiSchemas.violations("Nope", json.createObjectNode()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
