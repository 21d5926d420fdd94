package io.newsalerts.pipeline;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import io.newsalerts.benchmark.Corpus;
import io.newsalerts.matcher.MatchDocument;

/**
 * The pipeline benchmark: for each subscription count, a fresh stack (Kafka broker, PostgreSQL databases,
 * ingest-service and alert-service from their packaged jars, each its own process), the subscriptions created in
 * bulk, then articles through the whole pipeline in phases (NDJSON batches, single posts, fixed offered rates, two
 * alert-service replicas), each checked alert by alert against a reference matcher; prints and writes the tables
 * and a plot (see {@link PipelineReport}).
 *
 * <p>Options: {@link PipelineOptions}. Exit code 0 if every phase was exact, 1 if an alert was missing, extra or
 * duplicated (or an article was refused), 2 if the benchmark could not run.
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    public static void main(String[] args) {
        int exitCode = 2;
        try {
            exitCode = run(PipelineOptions.parse(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
        }
        System.exit(exitCode);
    }

    static int run(PipelineOptions options) {
        try (Ticker ticker = new Ticker()) {
            MachineFacts machine = MachineFacts.read();
            Log.line("pipeline benchmark: sizes %s, %,d articles per phase, rates %s/s for %d s each, %d"
                    + " alert-service replicas; %s", options.sizes(), options.articles(), options.rates(),
                    options.rateSeconds(), options.replicas(), machine.describe());
            Log.line("corpus %s%s", options.corpus(),
                    Files.isDirectory(options.corpus()) ? "" : " (absent: a generated corpus instead)");
            List<MatchDocument> corpus = Corpus.load(options.corpus(), options.seed());
            Log.line("%,d documents", corpus.size());
            List<PhaseResult> results = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            BenchmarkRun run = new BenchmarkRun(options, corpus, ticker, notes);
            boolean failed = false;
            for (int i = 0; i < options.sizes().size() && (options.keepGoing() || !failed && allExact(results));
                    i++) {
                int size = options.sizes().get(i);
                try {
                    results.addAll(new SizeRun(run, size, options.replicasAt(i)).run());
                } catch (Exception e) {
                    failed = true;
                    notes.add(Log.size(size) + ": could not run: " + e);
                    Log.line("[%s] could not run: %s", Log.size(size), e);
                    e.printStackTrace();
                }
                ticker.show(() -> null);
            }
            PipelineReport.write(results, notes, machine, options.out());
            return failed ? 2 : allExact(results) ? 0 : 1;
        } catch (Exception e) {
            e.printStackTrace();
            return 2;
        }
    }

    private static boolean allExact(List<PhaseResult> results) {
        return results.stream().allMatch(PhaseResult::exact);
    }
}
