package io.newsalerts.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * The reference answer. Before a phase, its articles are matched with an {@link IndexedMatcher} holding the same
 * subscriptions ({@link #expect}), so that the benchmark spends no matching CPU while the stack is measured. During
 * the phase it reads the article events ingest-service published on {@code news.articles} and gives each event the
 * answer of its article (by URL; the only JSON read then is up to the {@code url}). After the phase
 * ({@link #verify}) every event read is matched as alert-service builds its {@link MatchDocument} (title, summary,
 * body, source, author; the language; type article; no salary): that is the answer the alerts are checked against.
 */
final class ArticleTap implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IndexedMatcher reference;
    private final Map<String, Set<String>> byUrl = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> expected = new ConcurrentHashMap<>();
    private final Queue<String> unverified = new ConcurrentLinkedQueue<>();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong repeated = new AtomicLong();
    private final TopicTap tap;

    ArticleTap(String bootstrapServers, IndexedMatcher reference) {
        this.reference = reference;
        this.tap = new TopicTap(bootstrapServers, Topics.ARTICLES, (records, received) -> take(records));
    }

    /** Matches the articles a phase is about to post. */
    void expect(List<ArticleSource.Article> articles) {
        List<List<Match>> matches = reference.match(articles.stream().map(ArticleSource.Article::document).toList());
        for (int i = 0; i < articles.size(); i++) {
            byUrl.put(articles.get(i).url(), subscriptions(matches.get(i)));
        }
    }

    /**
     * Matches every event read since the last call as alert-service would and keeps that answer.
     *
     * @return how many events the answer given before the phase was wrong for (0: ingest-service published the
     *         articles' text as posted)
     */
    int verify() {
        List<MatchDocument> documents = new ArrayList<>();
        for (String value = unverified.poll(); value != null; value = unverified.poll()) {
            documents.add(document(value));
        }
        List<List<Match>> matches = reference.match(documents);
        int wrong = 0;
        for (int i = 0; i < documents.size(); i++) {
            Set<String> answer = subscriptions(matches.get(i));
            if (!answer.equals(expected.put(documents.get(i).id(), answer))) {
                wrong++;
            }
        }
        return wrong;
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
        for (ConsumerRecord<String, String> record : records) {
            String url = Fields.of(record.value(), "url");
            Set<String> answer = url == null ? null : byUrl.get(url);
            if (answer == null) {
                answer = subscriptions(reference.match(document(record.value())));
            }
            if (expected.put(record.key(), answer) != null) {
                repeated.incrementAndGet();
            }
            unverified.add(record.value());
            events.incrementAndGet();
        }
    }

    private static Set<String> subscriptions(List<Match> matches) {
        return matches.stream().map(Match::subscriptionId).collect(Collectors.toUnmodifiableSet());
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
