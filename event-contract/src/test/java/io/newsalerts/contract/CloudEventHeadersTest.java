package io.newsalerts.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The binary-mode headers every record of both services carries, in one place. */
class CloudEventHeadersTest {

    @Test
    void anEventHasTheSixBinaryModeHeadersInOrder() {
        assertThat(CloudEventHeaders.of("article:a1", CloudEventHeaders.TYPE_ARTICLE, CloudEventHeaders.SOURCE_INGEST,
                Instant.parse("2026-12-03T10:00:00Z")))
                .containsExactly(
                        entry("ce_specversion", "1.0"),
                        entry("ce_id", "article:a1"),
                        entry("ce_type", "io.newsalerts.article.v1"),
                        entry("ce_source", "/newsalerts/ingest-service"),
                        entry("ce_time", "2026-12-03T10:00:00Z"),
                        entry("content-type", "application/json"));
    }
}
