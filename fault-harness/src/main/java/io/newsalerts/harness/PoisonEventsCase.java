package io.newsalerts.harness;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.Topics;
import io.newsalerts.localinfra.Wait;

/**
 * Case 5: two poison records, one not JSON and one JSON without the required fields, produced straight to
 * {@code news.articles} among valid articles posted over HTTP. Exactly the two must be dead-lettered, with their
 * reason, and every valid article processed.
 */
final class PoisonEventsCase implements FaultCase {

    /** Keys and values of the poison records. */
    static final Map<String, String> POISON = Map.of(
            "poison-not-json", "this is {not JSON",
            "poison-missing-fields", "{\"type\":\"article\",\"title\":\"An article without id or url\"}");

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String title() {
        return "two poison records among valid articles";
    }

    @Override
    public CaseResult run(Stack stack, HarnessSettings settings) throws Exception {
        CaseResult result = new CaseResult(number(), title());
        CaseWorkload workload = stack.subscribe("hxpoison");
        int count = settings.poisonValidArticles();
        List<String> keys = List.copyOf(new TreeMap<>(POISON).keySet());
        try (KafkaProducer<String, String> producer = producer(stack.broker.bootstrapServers())) {
            ArticleStream stream = new ArticleStream(stack.ingestClient, workload.word(), count, settings.clients(),
                    null).start();
            for (int i = 0; i < keys.size(); i++) {
                stream.awaitFinished(count * (i + 1) / 3, settings.convergence());
                produce(producer, keys.get(i));
            }
            stream.awaitDone(settings.convergence());
            Wait.until(settings.convergence(), () -> stack.topics.deadLetters().stream()
                    .filter(letter -> POISON.containsKey(letter.key())).count() >= POISON.size());
            Delivery delivery = new Verifier(stack).settle(workload, stream, settings.convergence());
            result.delivery(delivery);
            List<TopicWatcher.DeadLetter> letters = stack.topics.deadLetters();
            long poisonDead = letters.stream().filter(letter -> POISON.containsKey(letter.key())
                    && POISON.get(letter.key()).equals(letter.value())).count();
            long withReason = letters.stream().filter(letter -> POISON.containsKey(letter.key())
                    && !letter.reason().isBlank()).count();
            long others = letters.size() - letters.stream().filter(l -> POISON.containsKey(l.key())).count();
            long processed = stack.alerts.processed(CaseWorkload.eventKeys(stream.acceptedIds()));
            result.figure("dead-lettered", poisonDead + " of " + POISON.size() + " poison records (" + withReason
                    + " with dead-letter-reason), " + others + " other records");
            letters.stream().filter(l -> POISON.containsKey(l.key())).forEach(l ->
                    result.figure("reason for " + l.key(), l.reason()));
            result.figure("processed", Progress.count(processed) + " of " + Progress.count(delivery.accepted())
                    + " valid articles");
            result.target(poisonDead == POISON.size() && letters.size() == POISON.size(),
                    "dead letters are not exactly the poison records: " + letters.size() + " dead letters, "
                            + poisonDead + " of them poison");
            result.target(withReason == POISON.size(), "a poison record lacks its dead-letter-reason header");
            result.target(processed == delivery.accepted(), "valid articles not processed: "
                    + (delivery.accepted() - processed));
        }
        return result;
    }

    private static void produce(KafkaProducer<String, String> producer, String key) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ARTICLES, key, POISON.get(key));
        header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(record, CloudEventHeaders.ID, "article:" + key);
        header(record, CloudEventHeaders.TYPE, CloudEventHeaders.TYPE_ARTICLE);
        header(record, CloudEventHeaders.SOURCE, "/newsalerts/fault-harness");
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.APPLICATION_JSON);
        producer.send(record).get(30, TimeUnit.SECONDS);
        Progress.log("poison record %s produced to %s", key, Topics.ARTICLES);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
