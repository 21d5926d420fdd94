package io.newsalerts.ingest.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.ingest.api.IngestResult;
import io.newsalerts.ingest.api.LineResult;
import io.newsalerts.ingest.config.IngestConfig;
import io.newsalerts.ingest.kafka.BrokerUnavailableException;
import io.newsalerts.ingest.mapping.JsonBodies;
import io.newsalerts.ingest.problem.BatchTooLargeException;
import io.newsalerts.ingest.problem.FieldError;
import io.newsalerts.ingest.problem.InvalidRequestException;
import io.newsalerts.ingest.problem.Problems;

/**
 * Runs an NDJSON request: one JSON object per line, blank lines skipped, each line ingested on its own (its own
 * transaction) and answered with one {@link LineResult} per line, in order. Once Kafka has failed to acknowledge
 * a line, the later lines are still validated but not attempted: they are answered 503 without waiting again.
 */
@ApplicationScoped
public class NdjsonBatch {

    /** The media type of NDJSON requests and answers. */
    public static final String MEDIA_TYPE = "application/x-ndjson";

    private static final Logger LOG = Logger.getLogger(NdjsonBatch.class);

    private final ObjectMapper objectMapper;
    private final int maxLines;

    NdjsonBatch(ObjectMapper objectMapper, IngestConfig config) {
        this.objectMapper = objectMapper;
        this.maxLines = config.maxBatchLines();
    }

    /**
     * @param parser reads and validates one line's object
     * @param ingest accepts one valid item
     * @return the NDJSON answer, one result per non-blank line
     * @throws InvalidRequestException if the body has no JSON lines at all
     * @throws BatchTooLargeException if it has more than the configured maximum
     */
    public <T> String run(String body, Function<ObjectNode, T> parser, Function<T, IngestResult> ingest) {
        List<Line> lines = lines(body);
        if (lines.isEmpty()) {
            throw new InvalidRequestException(FieldError.DOCUMENT, "is empty; one JSON object per line is required");
        }
        if (lines.size() > maxLines) {
            throw new BatchTooLargeException(lines.size(), maxLines);
        }
        StringBuilder answer = new StringBuilder();
        Integer failedBrokerLine = null;
        for (Line line : lines) {
            LineResult result;
            try {
                T item = parser.apply(JsonBodies.readObject(line.text()));
                if (failedBrokerLine != null) {
                    result = LineResult.failed(line.number(), Problems.brokerUnavailable(
                            "Not attempted: Kafka did not acknowledge line " + failedBrokerLine + "; retry later."));
                } else {
                    result = LineResult.of(line.number(), ingest.apply(item));
                }
            } catch (InvalidRequestException e) {
                result = LineResult.failed(line.number(), Problems.invalidRequest(e.errors()));
            } catch (BrokerUnavailableException e) {
                LOG.warnf("Line %d answered 503: %s", line.number(), e.getMessage());
                failedBrokerLine = line.number();
                result = LineResult.failed(line.number(), Problems.brokerUnavailable(
                        "The event was not acknowledged by Kafka and has not been accepted; retry later."));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Unexpected failure of NDJSON line %d", line.number());
                result = LineResult.failed(line.number(),
                        Problems.http(500, "An unexpected error occurred; it has been logged."));
            }
            answer.append(toJson(result)).append('\n');
        }
        return answer.toString();
    }

    private static List<Line> lines(String body) {
        List<Line> lines = new ArrayList<>();
        if (body == null) {
            return lines;
        }
        String[] texts = body.split("\n", -1);
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isBlank()) {
                lines.add(new Line(i + 1, texts[i]));
            }
        }
        return lines;
    }

    private String toJson(LineResult result) {
        try {
            return objectMapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + result, e);
        }
    }

    private record Line(int number, String text) {
    }
}
