package io.newsalerts.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.newsalerts.benchmark.TextTable;
import io.newsalerts.pipeline.PublishingCost.Pass;

/**
 * The tables of {@link PublishingCost}, printed and written to {@code publishing-cost.md}: per alert, the median over
 * the rounds of each measured pass, the differences that isolate what each design adds, and each design's total;
 * then each round's total CPU (how much the rounds agree), and the machine.
 */
final class CostReport {

    private static final String[] HEADERS = {"per alert", "wall µs", "JVM CPU µs", "broker CPU µs",
        "PostgreSQL CPU µs", "total CPU µs", "CPU above idle µs", "batch p50 ms", "batch p99 ms"};

    private final CostOptions options;
    private final Map<Pass, List<PassCost>> rounds;
    private final CpuClock.Reading idle;
    private final String loadAtStart;
    private final double valueBytes;

    CostReport(CostOptions options, Map<Pass, List<PassCost>> rounds, CpuClock.Reading idle, String loadAtStart,
            double valueBytes) {
        this.options = options;
        this.rounds = rounds;
        this.idle = idle;
        this.loadAtStart = loadAtStart;
        this.valueBytes = valueBytes;
    }

    void write() throws IOException {
        String markdown = markdown();
        System.out.println();
        System.out.println(markdown);
        Files.createDirectories(options.out());
        Path file = options.out().resolve("publishing-cost.md");
        Files.writeString(file, markdown);
        Log.line("written to %s", file);
    }

    String markdown() {
        PassCost store = median(Pass.STORE);
        PassCost send = median(Pass.SEND);
        PassCost outbox = median(Pass.OUTBOX);
        PassCost transactions = median(Pass.TRANSACTIONS);
        PassCost storeBack = median(Pass.STORE_BACK);
        PassCost kafkaDesign = transactions.plus(storeBack).withLatency(transactions);
        TextTable table = new TextTable(HEADERS);
        row(table, "a. store: events + alerts, commit (both designs)", store);
        row(table, "send: idempotent, acks=all, awaited (both designs)", send);
        row(table, "b. outbox: a + outbox row, relay incl. send", outbox);
        row(table, "outbox bookkeeping: b − a − send", outbox.minus(store).minus(send));
        row(table, "c1. Kafka transaction: send + offsets + commit", transactions);
        row(table, "transaction overhead: c1 − send", transactions.minus(send));
        row(table, "c2. store-back: read_committed, parse, insert", storeBack);
        row(table, "store-back beyond a: c2 − a", storeBack.minus(store));
        row(table, "**outbox design: b**", outbox);
        row(table, "**Kafka transactions design: c1 + c2**", kafkaDesign);
        row(table, "Kafka transactions − outbox", kafkaDesign.minus(outbox));
        return String.format(Locale.ROOT, "## Outbox or Kafka transactions: cost per alert%n%n"
                + "%,d alerts per pass in batches of %d (≈ %.0f-byte Alert JSON), median of %d rounds after a warm-up"
                + " of %,d alerts per pass; news.alerts of %d partitions; tables preloaded with %,d alerts;"
                + " transactional producer retry.backoff.ms %d.%n%n%s%n"
                + "CPU above idle: total minus what the three processes spend doing nothing over the same wall time."
                + " Batch latency: b from a batch being taken up to the relay's commit after all its alerts were"
                + " acknowledged; c1 from `beginTransaction` to `commitTransaction` returned; a and send per batch;"
                + " c2 per poll (up to %d records) from its return to the database commit. The two design rows show"
                + " the latency to news.alerts; with Kafka transactions the alerts reach PostgreSQL only after c2"
                + " as well. Derived rows: medians subtracted or added.%n%n%s%n%s",
                options.alerts(), options.batch(), valueBytes, options.rounds(), options.warmUp(),
                options.partitions(), options.preload(), options.retryBackoffMs(), table.markdown(), options.batch(),
                roundsTable(), machine());
    }

    private String roundsTable() {
        TextTable table = new TextTable("total CPU µs per alert, by round", "rounds", "spread (max − min) %");
        rounds.forEach((pass, costs) -> {
            double min = costs.stream().mapToDouble(PassCost::cpu).min().orElse(Double.NaN);
            double max = costs.stream().mapToDouble(PassCost::cpu).max().orElse(Double.NaN);
            table.row(pass.label, costs.stream().map(cost -> PassCost.format(cost.cpu()))
                    .collect(Collectors.joining(" / ")), PassCost.format(100 * (max - min) / min));
        });
        return table.markdown();
    }

    private String machine() {
        double seconds = idle.wall() / 1e9;
        return String.format(Locale.ROOT, "Machine: %d cores, load average %s at the start, %s at the end (1/5/15 min)."
                + " Idle CPU over %.0f s, ms per second: JVM %.1f, broker %.1f, PostgreSQL %.1f (in every pass, so"
                + " a slower pass carries more of it). Java %s.%n", Runtime.getRuntime().availableProcessors(),
                loadAtStart, MachineFacts.loadAverage(), seconds, idle.jvm() / 1e6 / seconds,
                idle.broker() / 1e6 / seconds, idle.postgres() / 1e6 / seconds, System.getProperty("java.version"));
    }

    private PassCost median(Pass pass) {
        return PassCost.median(rounds.get(pass));
    }

    private void row(TextTable table, String name, PassCost cost) {
        double idleShare = (double) (idle.jvm() + idle.broker() + idle.postgres()) / idle.wall() * cost.wall();
        table.row(name, PassCost.format(cost.wall()), PassCost.format(cost.jvm()), PassCost.format(cost.broker()),
                PassCost.format(cost.postgres()), PassCost.format(cost.cpu()), PassCost.format(cost.cpu() - idleShare),
                PassCost.format(cost.p50()), PassCost.format(cost.p99()));
    }
}
