package io.newsalerts.alert.listener;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.newsalerts.alert.matching.PoisonEventException;
import io.newsalerts.alert.service.EventProcessor;
import io.newsalerts.contract.EventType;
import io.smallrye.common.annotation.Blocking;

/**
 * Consumes the event topics. A record's offset is committed only after this method returned, that is after
 * its alerts were committed to the database, or after a poison record reached its dead-letter topic. Anything
 * else that fails (a shutdown interrupting the wait for the database, say) stops the channel uncommitted.
 */
@ApplicationScoped
public class EventListener {

    @Inject
    EventProcessor processor;

    @Inject
    DeadLetters deadLetters;

    @Incoming(Channels.ARTICLES)
    @Blocking
    public void onArticle(ConsumerRecord<String, String> record) throws Exception {
        handle(EventType.ARTICLE, record);
    }

    @Incoming(Channels.JOB_POSTINGS)
    @Blocking
    public void onJobPosting(ConsumerRecord<String, String> record) throws Exception {
        handle(EventType.JOB_POSTING, record);
    }

    private void handle(EventType type, ConsumerRecord<String, String> record) throws Exception {
        try {
            processor.process(type, record.value());
        } catch (PoisonEventException e) {
            deadLetters.send(record, e.getMessage());
        }
    }
}
