package io.newsalerts.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@link PublishingCost}.
 *
 * @param alerts         alerts per measured pass ({@code --alerts}, default 200000)
 * @param batch          alerts per consumed batch: one recording transaction, one Kafka transaction
 *                       ({@code --batch}, default 250)
 * @param rounds         measured rounds of every pass; the tables show the median ({@code --rounds}, default 5)
 * @param warmUp         alerts of the warm-up pass of every kind before the rounds ({@code --warm-up}, default 200000)
 * @param preload        alerts in the tables before the first pass, as a running service's would hold
 *                       ({@code --preload}, default 500000)
 * @param partitions     partitions of {@code news.alerts} ({@code --partitions}, default 6 as the pipeline benchmark)
 * @param retryBackoffMs {@code retry.backoff.ms} of the transactional producer ({@code --retry-backoff-ms}, default
 *                       100 as the client's)
 * @param out            where {@code publishing-cost.md} and the broker's log go ({@code --out})
 * @param seed           seed of the generated alerts ({@code --seed})
 * @param copiesPercent  share of the generated articles that are copies of an earlier article of their batch, which
 *                       the store collapses into "also in" rows ({@code --copies}, default 0)
 * @param repo           the repository root (local-infra's jar starts the broker)
 */
record CostOptions(int alerts, int batch, int rounds, int warmUp, int preload, int partitions,
        int retryBackoffMs, Path out, long seed, int copiesPercent, Path repo) {

    static final String USAGE = "usage: pipeline-benchmark/publishing-cost.sh [--alerts 200000] [--batch 250]"
            + " [--rounds 5] [--warm-up 200000] [--preload 500000] [--partitions 6]"
            + " [--retry-backoff-ms 100] [--out DIR] [--seed N] [--copies 0]";

    private static final Set<String> OPTIONS = Set.of("--alerts", "--batch", "--rounds", "--warm-up", "--preload",
            "--partitions", "--retry-backoff-ms", "--out", "--seed", "--copies");

    /** @throws IllegalArgumentException with the usage, for an unknown option or a missing or bad value */
    static CostOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!OPTIONS.contains(args[i]) || i + 1 == args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i] + "\n" + USAGE);
            }
            values.put(args[i], args[++i]);
        }
        Path here = Path.of("").toAbsolutePath();
        Path repo = Files.isDirectory(here.resolve("pipeline-benchmark")) || here.getParent() == null
                ? here : here.getParent();
        try {
            return new CostOptions(number(values, "--alerts", 200_000, 1), number(values, "--batch", 250, 1),
                    number(values, "--rounds", 5, 1), number(values, "--warm-up", 200_000, 0),
                    number(values, "--preload", 500_000, 0), number(values, "--partitions", 6, 1),
                    number(values, "--retry-backoff-ms", 100, 0),
                    Path.of(values.getOrDefault("--out",
                            repo.resolve("pipeline-benchmark/target/benchmark").toString())),
                    Long.parseLong(values.getOrDefault("--seed", "20240517")), number(values, "--copies", 0, 0),
                    repo);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage() + "\n" + USAGE, e);
        }
    }

    private static int number(Map<String, String> values, String option, int fallback, int least) {
        String text = values.get(option);
        int number = text == null ? fallback : Integer.parseInt(text.replace("_", ""));
        if (number < least) {
            throw new NumberFormatException(option + " " + text + " (at least " + least + ")");
        }
        return number;
    }
}
