package io.newsalerts.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.ingest.api.FeedRequest;
import io.newsalerts.ingest.feed.FeedKind;
import io.newsalerts.ingest.support.Fixtures;

/** Validation and defaults of feed registrations. */
class FeedRequestParserTest {

    @Test
    void readsAFullRegistrationWithTheUrlInCanonicalForm() {
        FeedRequest request = parse("""
                {"url": "HTTPS://Feeds.Example.ORG:443/rss.xml?utm_source=x#top", "kind": "atom", "pollSeconds": 600,
                 "unknown": true}""");

        assertThat(request).isEqualTo(new FeedRequest("https://feeds.example.org/rss.xml", FeedKind.ATOM, 600));
    }

    @Test
    void kindAndPollSecondsHaveDefaults() {
        assertThat(parse("{\"url\": \"https://feeds.example.org/rss.xml\", \"kind\": null}"))
                .isEqualTo(new FeedRequest("https://feeds.example.org/rss.xml", FeedKind.AUTO, 300));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{}                                                            | url",
            "{\"url\": \"/relative.xml\"}                                  | url",
            "{\"url\": \"ftp://feeds.example.org/rss.xml\"}                | url",
            "{\"url\": \"https://feeds.example.org/\", \"kind\": \"json\"} | kind",
            "{\"url\": \"https://feeds.example.org/\", \"kind\": 1}        | kind",
            "{\"url\": \"https://feeds.example.org/\", \"pollSeconds\": 29}    | pollSeconds",
            "{\"url\": \"https://feeds.example.org/\", \"pollSeconds\": 86401} | pollSeconds",
            "{\"url\": \"https://feeds.example.org/\", \"pollSeconds\": 1e12}  | pollSeconds",
            "{\"url\": \"https://feeds.example.org/\", \"pollSeconds\": 60.5}  | pollSeconds",
            "{\"url\": \"https://feeds.example.org/\", \"pollSeconds\": \"60\"} | pollSeconds",
            "{\"url\": 5, \"kind\": \"rss2\", \"pollSeconds\": -1}         | url,kind,pollSeconds",
    })
    void invalidRegistrationsNameEachBadField(String json, String fields) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactlyElementsOf(List.of(fields.split(","))));
    }

    private static FeedRequest parse(String json) {
        return FeedRequestParser.parse(JsonBodies.readObject(json), 30, 86_400, 300, Fixtures.VALIDATOR);
    }
}
