package io.newsalerts.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.contract.Topics;
import io.newsalerts.matcher.IndexedMatcher;
import io.newsalerts.matcher.Match;
import io.newsalerts.matcher.MatchDocument;

/**
 * The reference answer: reads the article events ingest-service published on {@code news.articles}, builds each
 * one's {@link MatchDocument} exactly as alert-service does (title, summary, body, source, author; the language;
 * type article; no salary) and matches it with an {@link IndexedMatcher} holding the same subscriptions. What it
 * matches is what alert-service must alert on.
 */
final class ArticleTap implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IndexedMatcher reference;
    private final Map<String, Set<String>> expected = new ConcurrentHashMap<>();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong repeated = new AtomicLong();
    private final TopicTap tap;

    ArticleTap(String bootstrapServers, IndexedMatcher reference) {
        this.reference = reference;
        this.tap = new TopicTap(bootstrapServers, Topics.ARTICLES, (records, received) -> take(records));
    }

    /** The subscriptions that must alert on the event, or {@code null} if it has not been read. */
    Set<String> expectedFor(String eventId) {
        tap.requireHealthy();
        return expected.get(eventId);
    }

    long events() {
        return events.get();
    }

    /** Article events read more than once (the same id again). */
    long repeated() {
        return repeated.get();
    }

    @Override
    public void close() throws InterruptedException {
        tap.close();
    }

    private void take(ConsumerRecords<String, String> records) {
        List<MatchDocument> documents = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            documents.add(document(record.value()));
        }
        List<List<Match>> matches = reference.match(documents);
        for (int i = 0; i < documents.size(); i++) {
            Set<String> subscriptions = matches.get(i).stream().map(Match::subscriptionId)
                    .collect(Collectors.toUnmodifiableSet());
            if (expected.put(documents.get(i).id(), subscriptions) != null) {
                repeated.incrementAndGet();
            }
            events.incrementAndGet();
        }
    }

    /** As alert-service's EventDecoder builds it for an article event. */
    private static MatchDocument document(String value) {
        try {
            JsonNode event = JSON.readTree(value);
            return MatchDocument.article(event.path("id").textValue(), text(event, "title"), text(event, "summary"),
                    text(event, "body"), text(event, "source"), text(event, "author"), text(event, "language"));
        } catch (IOException e) {
            throw new UncheckedIOException("not an article event on " + Topics.ARTICLES + ": " + value, e);
        }
    }

    private static String text(JsonNode event, String field) {
        return event.path(field).textValue();
    }
}
