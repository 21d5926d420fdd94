package io.newsalerts.ingest.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.edge.config.EdgeConfig;
import io.newsalerts.edge.ndjson.Ndjson;
import io.newsalerts.edge.problem.ProblemException;
import io.newsalerts.ingest.api.LineResult;
import io.newsalerts.ingest.mapping.JsonBodies;
import io.newsalerts.ingest.problem.IngestProblems;
import io.newsalerts.ingest.service.IngestItem;
import io.newsalerts.ingest.service.IngestService;
import io.newsalerts.ingest.service.ItemOutcome;

/**
 * Runs an NDJSON request: every line is read and validated first (see {@link Ndjson}); the valid items are then
 * ingested together as one batch (one claim, all events sent at once, acknowledgements awaited together) and the
 * request is answered with one {@link LineResult} per line, in order.
 */
@ApplicationScoped
public class NdjsonBatch {

    private final ObjectMapper objectMapper;
    private final IngestService ingestService;
    private final int maxLines;

    NdjsonBatch(ObjectMapper objectMapper, IngestService ingestService, EdgeConfig config) {
        this.objectMapper = objectMapper;
        this.ingestService = ingestService;
        this.maxLines = config.maxNdjsonLines();
    }

    /**
     * @param parser reads and validates one line's object
     * @param toItem makes a valid line's request an item to ingest
     * @return the NDJSON answer, one result per non-blank line
     * @throws ProblemException if the body has no JSON lines at all, or too many
     */
    public <T> String run(String body, Function<ObjectNode, T> parser, Function<T, IngestItem> toItem) {
        List<Ndjson.Parsed<IngestItem>> lines = Ndjson.read(body, maxLines,
                text -> toItem.apply(parser.apply(JsonBodies.readObject(text))));
        List<IngestItem> items = lines.stream().filter(Ndjson.Parsed::isValid).map(Ndjson.Parsed::value).toList();
        List<ItemOutcome> outcomes = ingestService.ingestAll(items);
        List<LineResult> results = new ArrayList<>(lines.size());
        int next = 0;
        for (Ndjson.Parsed<IngestItem> line : lines) {
            results.add(line.isValid() ? result(line.line(), outcomes.get(next++))
                    : LineResult.failed(line.line(), line.problem()));
        }
        return Ndjson.write(results, objectMapper);
    }

    private static LineResult result(int line, ItemOutcome outcome) {
        return outcome.isAvailable() ? LineResult.of(line, outcome.result())
                : LineResult.failed(line, IngestProblems.brokerUnavailable("Not accepted: " + outcome.failure()
                        + "; retry later."));
    }
}
