package io.newsalerts.harness;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.newsalerts.localinfra.ServiceProcess;

/** Samples a service's {@code /q/health/live} and {@code /q/health/ready} at a fixed interval. */
final class HealthSampler implements AutoCloseable {

    /** One sample: when, and the two HTTP statuses (-1: no answer). */
    record Sample(long nanos, int live, int ready) {
    }

    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    HealthSampler(ServiceProcess service, Duration interval) {
        thread = new Thread(() -> {
            while (running) {
                samples.add(new Sample(System.nanoTime(), service.healthStatus("live"), service.healthStatus("ready")));
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "health-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** The first sample at or after {@code fromNanos} whose readiness is (or is not) 200. */
    Optional<Sample> firstReady(long fromNanos, boolean up) {
        return samples.stream().filter(s -> s.nanos() >= fromNanos && (s.ready() == 200) == up).findFirst();
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5_000);
    }
}
