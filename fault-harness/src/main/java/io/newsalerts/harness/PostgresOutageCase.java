package io.newsalerts.harness;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.newsalerts.localinfra.Wait;

/**
 * Case 4: alert-service's connection to PostgreSQL is cut (every connection closed, new ones refused) during a
 * paced stream, then restored. Readiness must go DOWN and come back UP by itself (and be UP at the end); liveness
 * must stay UP as an orchestrator's probe judges it ({@link HealthSampler#liveFailures()}).
 */
final class PostgresOutageCase implements FaultCase {

    private static final Duration SAMPLE_EVERY = Duration.ofMillis(250);

    @Override
    public int number() {
        return 4;
    }

    @Override
    public String title() {
        return "PostgreSQL cut off from alert-service";
    }

    @Override
    public CaseResult run(Stack stack, HarnessSettings settings) throws Exception {
        CaseResult result = new CaseResult(number(), title());
        CaseWorkload workload = stack.subscribe("hxdbdown");
        int count = settings.postgresArticles();
        try (HealthSampler health = new HealthSampler(stack.alert, SAMPLE_EVERY)) {
            ArticleStream stream = new ArticleStream(stack.ingestClient, workload.word(), count, settings.clients(),
                    settings.postgresStream()).start();
            stream.awaitFinished(count / 5, settings.convergence());
            long cutAt = System.nanoTime();
            stack.proxy.cut();
            Progress.log("alert-service cut off from PostgreSQL for %s",
                    Progress.formatSeconds(settings.postgresOutage().toMillis() / 1e3));
            Thread.sleep(settings.postgresOutage().toMillis());
            long restoredAt = System.nanoTime();
            stack.proxy.restore();
            Progress.log("PostgreSQL reachable again after %s", Progress.formatSeconds(Progress.seconds(cutAt)));
            Optional<HealthSampler.Sample> down = health.firstReady(cutAt, false)
                    .filter(sample -> sample.nanos() <= restoredAt + SAMPLE_EVERY.toNanos());
            Wait.until(settings.convergence(), () -> health.firstReady(restoredAt, true).isPresent());
            Optional<HealthSampler.Sample> up = health.firstReady(restoredAt, true);
            stream.awaitDone(settings.convergence().plus(settings.postgresStream()));
            result.delivery(new Verifier(stack).settle(workload, stream, settings.convergence()));
            health.close();
            List<HealthSampler.Sample> samples = health.samples();
            List<HealthSampler.Sample> notLive = health.liveFailures();
            long liveDown = notLive.size();
            long unanswered = samples.stream().filter(sample -> sample.live() == -1).count();
            boolean readyAtTheEnd = !samples.isEmpty() && samples.get(samples.size() - 1).ready() == 200;
            result.figure("ready DOWN", down.map(s -> Progress.formatSeconds((s.nanos() - cutAt) / 1e9)
                    + " after the cut").orElse("never"));
            result.figure("ready UP", up.map(s -> Progress.formatSeconds((s.nanos() - restoredAt) / 1e9)
                    + " after the restore").orElse("never"));
            result.figure("live UP", (samples.size() - liveDown) + " of " + samples.size() + " samples"
                    + (unanswered == 0 ? "" : " (" + unanswered + " not answered within 2 s)"));
            result.target(down.isPresent(), "readiness did not go DOWN during the outage");
            result.target(up.isPresent(), "readiness did not come back UP");
            result.target(readyAtTheEnd, "readiness not UP at the end of the case");
            result.target(liveDown == 0, "liveness not UP in " + liveDown + " samples: " + notLive.stream()
                    .map(s -> Progress.formatSeconds((s.nanos() - cutAt) / 1e9) + " after the cut " + s.live() + " "
                            + s.liveAnswer())
                    .toList());
        }
        return result;
    }
}
