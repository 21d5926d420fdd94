package io.newsalerts.ingest.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.ingest.api.LineResult;
import io.newsalerts.ingest.config.IngestConfig;
import io.newsalerts.ingest.mapping.JsonBodies;
import io.newsalerts.ingest.problem.BatchTooLargeException;
import io.newsalerts.ingest.problem.EventTooLargeException;
import io.newsalerts.ingest.problem.FieldError;
import io.newsalerts.ingest.problem.InvalidRequestException;
import io.newsalerts.ingest.problem.Problems;
import io.newsalerts.ingest.service.IngestItem;
import io.newsalerts.ingest.service.IngestService;
import io.newsalerts.ingest.service.ItemOutcome;

/**
 * Runs an NDJSON request: one JSON object per line, blank lines skipped. Every line is read and validated first;
 * the valid items are then ingested together as one batch (one claim, all events sent at once, acknowledgements
 * awaited together) and the request is answered with one {@link LineResult} per line, in order.
 */
@ApplicationScoped
public class NdjsonBatch {

    /** The media type of NDJSON requests and answers. */
    public static final String MEDIA_TYPE = "application/x-ndjson";

    private static final Logger LOG = Logger.getLogger(NdjsonBatch.class);

    private final ObjectMapper objectMapper;
    private final IngestService ingestService;
    private final int maxLines;

    NdjsonBatch(ObjectMapper objectMapper, IngestService ingestService, IngestConfig config) {
        this.objectMapper = objectMapper;
        this.ingestService = ingestService;
        this.maxLines = config.maxBatchLines();
    }

    /**
     * @param parser reads and validates one line's object
     * @param toItem makes a valid line's request an item to ingest
     * @return the NDJSON answer, one result per non-blank line
     * @throws InvalidRequestException if the body has no JSON lines at all
     * @throws BatchTooLargeException if it has more than the configured maximum
     */
    public <T> String run(String body, Function<ObjectNode, T> parser, Function<T, IngestItem> toItem) {
        List<Line> lines = lines(body);
        if (lines.isEmpty()) {
            throw new InvalidRequestException(FieldError.DOCUMENT, "is empty; one JSON object per line is required");
        }
        if (lines.size() > maxLines) {
            throw new BatchTooLargeException(lines.size(), maxLines);
        }
        LineResult[] results = new LineResult[lines.size()];
        List<IngestItem> items = new ArrayList<>();
        List<Integer> itemLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            try {
                items.add(toItem.apply(parser.apply(JsonBodies.readObject(line.text()))));
                itemLines.add(i);
            } catch (InvalidRequestException e) {
                results[i] = LineResult.failed(line.number(), Problems.invalidRequest(e.errors()));
            } catch (EventTooLargeException e) {
                results[i] = LineResult.failed(line.number(), Problems.eventTooLarge(e.getMessage()));
            } catch (RuntimeException e) {
                LOG.errorf(e, "Unexpected failure of NDJSON line %d", line.number());
                results[i] = LineResult.failed(line.number(),
                        Problems.http(500, "An unexpected error occurred; it has been logged."));
            }
        }
        ingest(lines, items, itemLines, results);
        StringBuilder answer = new StringBuilder();
        for (LineResult result : results) {
            answer.append(toJson(result)).append('\n');
        }
        return answer.toString();
    }

    private void ingest(List<Line> lines, List<IngestItem> items, List<Integer> itemLines, LineResult[] results) {
        List<ItemOutcome> outcomes;
        try {
            outcomes = ingestService.ingestAll(items);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Unexpected failure of an NDJSON batch of %d items", items.size());
            for (int index : itemLines) {
                results[index] = LineResult.failed(lines.get(index).number(),
                        Problems.http(500, "An unexpected error occurred; it has been logged."));
            }
            return;
        }
        for (int i = 0; i < outcomes.size(); i++) {
            int index = itemLines.get(i);
            ItemOutcome outcome = outcomes.get(i);
            results[index] = outcome.isAvailable() ? LineResult.of(lines.get(index).number(), outcome.result())
                    : LineResult.failed(lines.get(index).number(), Problems.brokerUnavailable(
                            "Not accepted: " + outcome.failure() + "; retry later."));
        }
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
