package io.newsalerts.alert.service;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsalerts.alert.config.AlertServiceConfig;
import io.newsalerts.alert.matching.IncomingEvent;
import io.newsalerts.alert.persistence.AlertWriter;
import io.newsalerts.matcher.Match;
import io.smallrye.faulttolerance.api.Guard;

/**
 * Records a batch with {@link AlertRecorder}, each attempt its own transaction, retrying (SmallRye Fault Tolerance)
 * only transient database failures ({@link TransientFailures}) with exponential backoff for at most
 * {@code newsalerts.processing.retry-max-duration}. Meanwhile the consumer waits: nothing is committed, nothing is
 * skipped, and readiness reports the failure. A failure that is not transient, or one that outlasts the retries,
 * is thrown on, which stops the channel without committing its offsets.
 *
 * <p>The retry is built with the programmatic API so that its bounds come from the typed configuration.
 */
@ApplicationScoped
public class RetryingRecorder {

    private static final Logger LOG = Logger.getLogger(RetryingRecorder.class);

    private final AlertRecorder recorder;
    private final ProcessingState health;
    private final Timer recordTime;
    private final Guard retry;

    RetryingRecorder(AlertRecorder recorder, ProcessingState health, MeterRegistry metrics,
            AlertServiceConfig config) {
        this.recorder = recorder;
        this.health = health;
        this.recordTime = Timer.builder("newsalerts.alerts.record.time")
                .description("Recording one batch's events, alerts and outbox row (one transaction)")
                .publishPercentiles(0.5, 0.99).register(metrics);
        AlertServiceConfig.Processing processing = config.processing();
        this.retry = Guard.create()
                .withDescription("recording a consumed batch")
                .withRetry()
                .retryOn(TransientDatabaseException.class)
                .maxRetries(-1)
                .maxDuration(processing.retryMaxDuration().toMillis(), ChronoUnit.MILLIS)
                .delay(processing.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .withExponentialBackoff()
                .maxDelay(processing.retryMaxDelay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .done()
                .build();
    }

    /**
     * @param batch distinct events
     * @param matches the matches of each event, in the same order
     * @return how many alerts were recorded, and how many articles were listed under an alert of their story
     */
    public AlertWriter.Recorded record(List<IncomingEvent> batch, List<List<Match>> matches) throws Exception {
        return retry.call(() -> attempt(batch, matches), AlertWriter.Recorded.class);
    }

    private AlertWriter.Recorded attempt(List<IncomingEvent> batch, List<List<Match>> matches) throws Exception {
        long started = System.nanoTime();
        try {
            AlertWriter.Recorded recorded = recorder.record(batch, matches);
            recordTime.record(Duration.ofNanos(System.nanoTime() - started));
            health.recovered();
            return recorded;
        } catch (Exception e) {
            // Exception, not RuntimeException: a failed commit comes out of the transaction interceptor unchecked
            // by the compiler (jakarta.transaction.RollbackException), with the driver's failure as its cause.
            health.failing(e);
            if (!TransientFailures.isTransient(e)) {
                LOG.errorf(e, "recording a batch of %d events (first %s) failed, not retried: the channel stops",
                        batch.size(), batch.get(0).key());
                throw e;
            }
            LOG.warnf("recording a batch of %d events (first %s) failed, will retry: %s", batch.size(),
                    batch.get(0).key(), e.getMessage());
            throw new TransientDatabaseException(e);
        }
    }
}
