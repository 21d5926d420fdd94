package io.newsalerts.alert.listener;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.newsalerts.alert.matching.EventDecoder;
import io.newsalerts.alert.matching.IncomingEvent;
import io.newsalerts.alert.matching.PoisonEventException;
import io.newsalerts.alert.service.EventProcessor;
import io.newsalerts.contract.EventType;
import io.smallrye.common.annotation.Blocking;

/**
 * Consumes the event topics a Kafka poll at a time. A batch's offsets are committed only after this method
 * returned, that is after its alerts were committed to the database and its poison records (those that are not
 * events) reached their dead-letter topic. Anything else that fails (a shutdown interrupting the wait for the
 * database, say) stops the channel uncommitted: the batch is consumed again.
 */
@ApplicationScoped
public class EventListener {

    @Inject
    EventDecoder decoder;

    @Inject
    EventProcessor processor;

    @Inject
    DeadLetters deadLetters;

    @Incoming(Channels.ARTICLES)
    @Blocking
    public void onArticles(ConsumerRecords<String, byte[]> records) throws Exception {
        handle(EventType.ARTICLE, records);
    }

    @Incoming(Channels.JOB_POSTINGS)
    @Blocking
    public void onJobPostings(ConsumerRecords<String, byte[]> records) throws Exception {
        handle(EventType.JOB_POSTING, records);
    }

    private void handle(EventType type, ConsumerRecords<String, byte[]> records) throws Exception {
        List<IncomingEvent> events = new ArrayList<>(records.count());
        List<Poison> poison = new ArrayList<>();
        long oldestAppend = Long.MAX_VALUE;
        for (ConsumerRecord<String, byte[]> record : records) {
            oldestAppend = Math.min(oldestAppend, record.timestamp());
            try {
                events.add(decoder.decode(type, record.value()));
            } catch (PoisonEventException e) {
                poison.add(new Poison(record, e.getMessage()));
            }
        }
        processor.process(events, oldestAppend == Long.MAX_VALUE ? 0 : oldestAppend);
        for (Poison letter : poison) {
            deadLetters.send(letter.record(), letter.reason());
        }
    }

    private record Poison(ConsumerRecord<String, byte[]> record, String reason) {
    }
}
