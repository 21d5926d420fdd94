package io.newsalerts.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fault harness: runs the real stack (Kafka broker, PostgreSQL, ingest-service and alert-service as separate
 * processes), inflicts the faults of the delivery-guarantees issue on it one case after the other, and prints a
 * table of figures per case, also written to {@code fault-harness/target/fault-report.md}.
 *
 * <p>Arguments: {@code --quick} for the CI sizes (default: the full sizes of the issue); {@code --cases 1,4} to
 * run only some cases. Exit code 0 if every target was met, 1 if one was missed, 2 if the harness could not run.
 */
public final class FaultHarness {

    private static final List<FaultCase> CASES = List.of(new KillAlertServiceCase(), new KillIngestServiceCase(),
            new BrokerOutageCase(), new PostgresOutageCase(), new PoisonEventsCase(), new ReplayCase(),
            new GracefulShutdownCase(), new WebhookDeliveryCase());

    private FaultHarness() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        HarnessSettings settings = arguments.contains("--quick") ? HarnessSettings.quick() : HarnessSettings.full();
        int exitCode;
        try {
            exitCode = run(settings, repository(), selectedCases(arguments)).allTargetsMet() ? 0 : 1;
        } catch (Exception e) {
            e.printStackTrace();
            exitCode = 2;
        }
        System.exit(exitCode);
    }

    /** The case numbers after {@code --cases} ({@code 1,4}), or none: all cases. */
    private static Set<Integer> selectedCases(List<String> arguments) {
        Set<Integer> only = new TreeSet<>();
        int at = arguments.indexOf("--cases");
        if (at >= 0) {
            if (at + 1 >= arguments.size() || !arguments.get(at + 1).matches("\\d+(,\\d+)*")) {
                throw new IllegalArgumentException("--cases takes case numbers such as 1,4");
            }
            Arrays.stream(arguments.get(at + 1).split(",")).map(Integer::valueOf).forEach(only::add);
        }
        return only;
    }

    /** Runs the cases ({@code only} these numbers, unless empty) and returns the report, also written to disk. */
    static HarnessReport run(HarnessSettings settings, Path repo, Set<Integer> only) throws Exception {
        long started = System.nanoTime();
        Path target = repo.resolve("fault-harness/target");
        Progress.log("fault harness, %s sizes, repository %s", settings.mode(), repo.toAbsolutePath());
        List<CaseResult> results = new ArrayList<>();
        try (Stack stack = Stack.start(repo, target.resolve("harness"))) {
            stack.alertApi.createSubscriber("fault harness");
            warmUp(stack, settings);
            for (FaultCase fault : CASES) {
                if (!only.isEmpty() && !only.contains(fault.number())) {
                    continue;
                }
                results.add(runCase(fault, stack, settings));
            }
        }
        HarnessReport report = new HarnessReport(settings.mode(), results, Progress.seconds(started));
        Files.createDirectories(target);
        Files.writeString(target.resolve("fault-report.md"), report.markdown());
        System.out.println();
        System.out.println(report.markdown());
        return report;
    }

    private static CaseResult runCase(FaultCase fault, Stack stack, HarnessSettings settings) {
        Progress.log("=== case %d: %s", fault.number(), fault.title());
        long started = System.nanoTime();
        CaseResult result;
        try {
            result = fault.run(stack, settings);
        } catch (Exception e) {
            Progress.log("case %d failed: %s", fault.number(), e);
            result = CaseResult.failed(fault, e);
        }
        Progress.log("=== case %d done in %s: %s", fault.number(), Progress.formatSeconds(Progress.seconds(started)),
                result.targetsMet() ? "targets met" : "MISSED " + result.misses());
        return result;
    }

    /** A few articles through the whole pipeline before any fault: it works, and the JVMs are warm. */
    private static void warmUp(Stack stack, HarnessSettings settings) throws Exception {
        CaseWorkload workload = stack.subscribe("hxwarmup");
        ArticleStream stream = new ArticleStream(stack.ingestClient, workload.word(), 20, settings.clients(), null)
                .start();
        stream.awaitDone(settings.convergence());
        Delivery delivery = new Verifier(stack).settle(workload, stream, settings.convergence());
        if (!delivery.settled() || !delivery.misses().isEmpty()) {
            throw new IllegalStateException("the pipeline does not work even without faults: " + delivery);
        }
    }

    /** The repository root: {@code -Drepo.dir}, or the working directory or its parent, whichever holds it. */
    static Path repository() {
        String configured = System.getProperty("repo.dir");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("fault-harness")) ? here : here.getParent();
    }
}
