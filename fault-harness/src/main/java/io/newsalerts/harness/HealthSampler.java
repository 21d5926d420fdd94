package io.newsalerts.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.newsalerts.localinfra.ServiceProcess;

/**
 * Samples a service's {@code /q/health/live} and {@code /q/health/ready} at a fixed interval, keeping what a
 * liveness answer other than UP said (so a failed target shows which check was DOWN, or that nobody answered). A
 * sample cut short by {@link #close()} is not kept.
 */
final class HealthSampler implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final int UNANSWERED_IN_A_ROW = 3;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** One sample: when, the two HTTP statuses (-1: no answer) and, unless live is 200, what live answered. */
    record Sample(long nanos, int live, int ready, String liveAnswer) {
    }

    private record Answer(int status, String body) {
    }

    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    HealthSampler(ServiceProcess service, Duration interval) {
        thread = new Thread(() -> {
            while (running) {
                long at = System.nanoTime();
                Answer live = get(service, "live");
                Answer ready = get(service, "ready");
                if (Thread.currentThread().isInterrupted()) {
                    return; // closed while asking: no answer is not the service's doing
                }
                samples.add(new Sample(at, live.status(), ready.status(), live.status() == 200 ? "" : live.body()));
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

    private static Answer get(ServiceProcess service, String check) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.baseUrl() + "/q/health/" + check))
                .timeout(TIMEOUT).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body().replaceAll("\\s+", " "));
        } catch (IOException e) {
            return new Answer(-1, "no answer within " + TIMEOUT.toSeconds() + " s: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted");
        }
    }

    /** The first sample at or after {@code fromNanos} whose readiness is (or is not) 200. */
    Optional<Sample> firstReady(long fromNanos, boolean up) {
        return samples.stream().filter(s -> s.nanos() >= fromNanos && (s.ready() == 200) == up).findFirst();
    }

    /**
     * The samples in which liveness failed as an orchestrator's probe judges it: every answer other than 200 (the
     * service said it is not alive), and unanswered samples only in runs of {@value #UNANSWERED_IN_A_ROW} or more
     * (Kubernetes' default {@code failureThreshold}: one probe timing out on a loaded machine restarts nothing).
     */
    List<Sample> liveFailures() {
        List<Sample> all = samples();
        List<Sample> failures = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Sample sample = all.get(i);
            if (sample.live() == -1) {
                int from = i;
                while (i + 1 < all.size() && all.get(i + 1).live() == -1) {
                    i++;
                }
                if (i - from + 1 >= UNANSWERED_IN_A_ROW) {
                    failures.addAll(all.subList(from, i + 1));
                }
            } else if (sample.live() != 200) {
                failures.add(sample);
            }
        }
        return failures;
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
