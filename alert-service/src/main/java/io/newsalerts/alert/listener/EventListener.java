package io.newsalerts.alert.listener;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.newsalerts.alert.service.EventProcessor;
import io.newsalerts.contract.EventType;
import io.smallrye.common.annotation.Blocking;

/**
 * Consumes the event topics. A record's offset is committed only after this method returned, that is after
 * its alerts were committed to the database; a record that throws goes to the channel's dead-letter topic.
 */
@ApplicationScoped
public class EventListener {

    @Inject
    EventProcessor processor;

    @Incoming(Channels.ARTICLES)
    @Blocking
    public void onArticle(ConsumerRecord<String, String> record) throws InterruptedException {
        processor.process(EventType.ARTICLE, record.value());
    }

    @Incoming(Channels.JOB_POSTINGS)
    @Blocking
    public void onJobPosting(ConsumerRecord<String, String> record) throws InterruptedException {
        processor.process(EventType.JOB_POSTING, record.value());
    }
}
