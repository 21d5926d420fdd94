package io.newsalerts.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.newsalerts.benchmark.QueryMix;
import io.newsalerts.matcher.IndexedMatcher;
import io.newsalerts.matcher.QueryCompiler;
import io.newsalerts.matcher.SubscriptionFilter;

/**
 * One subscription count, start to end: a fresh stack, the subscriptions created over REST and loaded by
 * alert-service, the reference matcher, the taps on both topics, a warm-up, then the phases in order (NDJSON,
 * singles, an idle stretch as long as an offered rate for the CPU baseline, the offered rates until the pipeline
 * saturates, and more alert-service replicas if asked), and a last count of every phase's delivery before the
 * stack goes.
 */
final class SizeRun {

    private static final int NDJSON_THREADS = 4;
    private static final int NDJSON_LINES = 500;
    private static final int SINGLE_CLIENTS = 32;

    private final BenchmarkRun benchmark;
    private final PipelineOptions options;
    private final int size;
    private final boolean withReplicas;
    private final String label;

    SizeRun(BenchmarkRun benchmark, int size, boolean withReplicas) {
        this.benchmark = benchmark;
        this.options = benchmark.options();
        this.size = size;
        this.withReplicas = withReplicas;
        this.label = "[" + Log.size(size) + "]";
    }

    List<PhaseResult> run() throws Exception {
        Log.line("%s starting a fresh stack", label);
        try (BenchStack stack = BenchStack.start(options.repo(), options.out().resolve("s" + size))) {
            IndexedMatcher reference = subscribe(stack);
            try (Taps taps = Taps.open(stack.bootstrapServers(), reference)) {
                PhaseRunner runner = new PhaseRunner(size, stack, taps, benchmark.ticker());
                List<PhaseResult> results = new ArrayList<>();
                runPhases(stack, runner, results);
                List<PhaseResult> recounted = new ArrayList<>();
                for (PhaseResult result : results) {
                    Delivery later = runner.recount(result.phase()).withStrays(result.delivery().strays());
                    recounted.add(later.sameCounts(result.delivery()) ? result : result.recounted(later,
                            "counted again at the end of the size: alerts arrived after the phase"));
                }
                return recounted;
            }
        }
    }

    private IndexedMatcher subscribe(BenchStack stack) throws Exception {
        QueryMix queries = new QueryMix(benchmark.corpus(), options.seed());
        SubscriptionLoader loader = new SubscriptionLoader(stack.alertReplicas().get(0).baseUrl(), stack.adminToken);
        benchmark.ticker().show(() -> String.format(Locale.ROOT, "%s %,d/%,d subscriptions created", label,
                loader.created(), size));
        long started = System.nanoTime();
        List<SubscriptionLoader.Subscription> subscriptions = loader.create(size, queries);
        double createSeconds = (System.nanoTime() - started) / 1e9;
        AlertReadiness readiness = new AlertReadiness();
        benchmark.ticker().show(() -> label + " waiting for alert-service to hold every subscription");
        readiness.awaitSubscriptions(stack.alertReplicas(), size);
        double loadedSeconds = (System.nanoTime() - started) / 1e9;
        benchmark.ticker().show(() -> null);
        String note = String.format(Locale.ROOT, "%s: %,d subscriptions created in %.1f s (%,d subscribers, %d lines"
                + " refused and replaced); alert-service held them all %.1f s after the first request",
                Log.size(size), size, createSeconds, (size + SubscriptionLoader.PER_SUBSCRIBER - 1)
                / SubscriptionLoader.PER_SUBSCRIBER, loader.refused(), loadedSeconds);
        benchmark.notes().add(note);
        Log.line("%s %s", label, note);
        IndexedMatcher reference = new IndexedMatcher();
        for (SubscriptionLoader.Subscription subscription : subscriptions) {
            reference.put(subscription.id(), QueryCompiler.compile(subscription.query()), SubscriptionFilter.none());
        }
        return reference;
    }

    /** Runs the phases in order; stops early after a phase that was not exact, unless told to keep going. */
    private void runPhases(BenchStack stack, PhaseRunner runner, List<PhaseResult> results) throws Exception {
        try (IngestClient ingest = new IngestClient(stack.ingest().baseUrl(), stack.publisherToken)) {
            runPhases(stack, runner, results, ingest);
        }
    }

    private void runPhases(BenchStack stack, PhaseRunner runner, List<PhaseResult> results, IngestClient ingest)
            throws Exception {
        ArticleSource source = new ArticleSource(benchmark.corpus(), options.newTexts());
        Load ndjson = new NdjsonLoad(ingest, NDJSON_THREADS, NDJSON_LINES);
        Load singles = new SinglesLoad(ingest, SINGLE_CLIENTS);
        int warmUp = warmUpArticles();
        if (!warmUp(runner, results, "warm-up", source.take("warm-up", warmUp), ndjson)
                || !warmUp(runner, results, "warm-up-singles", source.take("warm-up-singles", warmUp / 2),
                        singles)) {
            return;
        }
        int count = options.articles();
        if (!keep(results, runner.run("ndjson", Double.NaN, source.take("ndjson", count), ndjson))
                || !keep(results, runner.run("singles", Double.NaN, source.take("singles", count), singles))) {
            return;
        }
        Load nothing = (none, ledger) -> Thread.sleep(options.rateSeconds() * 1_000L);
        keep(results, runner.run("idle", Double.NaN, List.of(), nothing));
        if (ratesUntilSaturated(runner, source, ingest, results) && withReplicas) {
            addReplicas(stack);
            String phase = "replicas-" + options.replicas();
            if (warmUp(runner, results, "warm-up-" + phase, source.take("warm-up-" + phase, warmUpArticles()),
                    ndjson)) {
                keep(results, runner.run(phase, Double.NaN, source.take(phase, count), ndjson));
            }
        }
    }

    /** The offered rates in turn, until one saturates the pipeline; whether to go on. */
    private boolean ratesUntilSaturated(PhaseRunner runner, ArticleSource source, IngestClient ingest,
            List<PhaseResult> results) throws Exception {
        for (int rate : options.rates()) {
            String phase = "rate-" + rate;
            PhaseResult result = runner.run(phase, rate, source.take(phase, rate * options.rateSeconds()),
                    new PacedLoad(ingest, rate));
            if (!keep(results, result)) {
                return false;
            }
            String saturation = result.saturation();
            if (saturation != null) {
                benchmark.notes().add(Log.size(size) + ": offered rates stopped at " + rate + "/s: "
                        + saturation);
                Log.line("%s stopping the offered rates at %d/s: %s", label, rate, saturation);
                break;
            }
        }
        return true;
    }

    /** Starts the further alert-service replicas and waits until they all hold the subscriptions and partitions. */
    private void addReplicas(BenchStack stack) throws Exception {
        int perReplica = AlertReadiness.awaitStable(stack.admin());
        for (int replica = 2; replica <= options.replicas(); replica++) {
            stack.addAlertReplica();
        }
        benchmark.ticker().show(() -> label + " waiting for " + options.replicas()
                + " replicas to hold every subscription and share the partitions");
        new AlertReadiness().awaitSubscriptions(stack.alertReplicas(), size);
        AlertReadiness.awaitMembers(stack.admin(), perReplica * options.replicas());
        benchmark.ticker().show(() -> null);
    }

    /**
     * The warm-up's articles: {@code --warm-up} up to 10K subscriptions, fewer above in proportion, so that the
     * warm-up makes about as many alerts at every size (and the reference answer fits the benchmark's heap).
     */
    private int warmUpArticles() {
        return (int) Math.max(1_000, (long) options.warmUp() * 10_000 / Math.max(size, 10_000));
    }

    /**
     * A phase that only warms the JVMs up (the JIT, the connection pools); it goes into the table only when it was
     * not exact. Whether to go on.
     */
    private boolean warmUp(PhaseRunner runner, List<PhaseResult> results, String phase,
            List<ArticleSource.Article> batch, Load load) throws Exception {
        PhaseResult result = runner.run(phase, Double.NaN, batch, load);
        return result.exact() || keep(results, result);
    }

    /** Adds the result to the table; whether to go on. */
    private boolean keep(List<PhaseResult> results, PhaseResult result) {
        results.add(result);
        return result.exact() || options.keepGoing();
    }
}
