package io.newsalerts.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of {@link PipelineBenchmark}.
 *
 * @param sizes            subscription counts, one fresh stack each ({@code --sizes}, default 10000,100000)
 * @param articles         articles of the NDJSON, singles and replicas phases ({@code --articles}, default 5000)
 * @param warmUp           articles of the warm-up before the phases, as NDJSON, then half as many as single posts
 *                         ({@code --warm-up}, default 40000; above 10K subscriptions fewer in proportion, for about
 *                         as many alerts): the JVMs compile the hot paths before anything counts
 * @param rates            offered rates of the latency phase, articles per second ({@code --rates})
 * @param rateSeconds      how long each offered rate is held ({@code --rate-seconds}, default 15)
 * @param replicas         alert-service replicas of the replicas phase; 1 skips it ({@code --replicas}, default 2)
 * @param replicasAllSizes run the replicas phase at every size, not only the first ({@code --replicas-all-sizes})
 * @param corpus           the news folder ({@code --corpus}; default {@code ../shared/data/news}, generated if absent)
 * @param out              where results and logs go ({@code --out}, default pipeline-benchmark/target/benchmark)
 * @param seed             seed of the article order and the queries ({@code --seed})
 * @param keepGoing        go on after a phase that was not exact or failed ({@code --keep-going})
 * @param newTexts         no exact copies: each pass over the corpus after the first adds a word of its own to every
 *                         body ({@code --new-texts}; see {@link ArticleSource})
 * @param repo             the repository root (the working directory, or its parent inside pipeline-benchmark)
 */
record PipelineOptions(List<Integer> sizes, int articles, int warmUp, List<Integer> rates, int rateSeconds, int replicas,
        boolean replicasAllSizes, Path corpus, Path out, long seed, boolean keepGoing, boolean newTexts, Path repo) {

    static final String USAGE = "usage: pipeline-benchmark/run.sh [--sizes 10000,100000] [--articles 5000]"
            + " [--warm-up 40000] [--rates 50,100,200,400,800] [--rate-seconds 15] [--replicas 2] [--replicas-all-sizes]"
            + " [--corpus DIR] [--out DIR] [--seed N] [--keep-going] [--new-texts]";

    private static final Set<String> FLAGS = Set.of("--replicas-all-sizes", "--keep-going", "--new-texts");
    private static final Set<String> VALUED = Set.of("--sizes", "--articles", "--warm-up", "--rates", "--rate-seconds",
            "--replicas", "--corpus", "--out", "--seed");

    /** @throws IllegalArgumentException with the usage, for an unknown option or a missing or bad value */
    static PipelineOptions parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            if (FLAGS.contains(args[i])) {
                flags.add(args[i]);
            } else if (VALUED.contains(args[i]) && i + 1 < args.length) {
                values.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i] + "\n" + USAGE);
            }
        }
        Path repo = repositoryRoot();
        String corpus = values.getOrDefault("--corpus", repo.resolve("../shared/data/news").normalize().toString());
        String out = values.getOrDefault("--out", repo.resolve("pipeline-benchmark/target/benchmark").toString());
        try {
            return new PipelineOptions(
                    positives(values.getOrDefault("--sizes", "10000,100000")),
                    positive(values.getOrDefault("--articles", "5000")),
                    positive(values.getOrDefault("--warm-up", "40000")),
                    positives(values.getOrDefault("--rates", "50,100,200,400,800")),
                    positive(values.getOrDefault("--rate-seconds", "15")),
                    positive(values.getOrDefault("--replicas", "2")),
                    flags.contains("--replicas-all-sizes"),
                    Path.of(corpus), Path.of(out),
                    Long.parseLong(values.getOrDefault("--seed", "20230726")),
                    flags.contains("--keep-going"), flags.contains("--new-texts"), repo);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage() + "\n" + USAGE, e);
        }
    }

    /** Whether the replicas phase runs at the {@code index}-th size (0-based). */
    boolean replicasAt(int index) {
        return replicas > 1 && (index == 0 || replicasAllSizes);
    }

    private static List<Integer> positives(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).map(PipelineOptions::positive).toList();
    }

    private static int positive(String value) {
        int number = Integer.parseInt(value);
        if (number <= 0) {
            throw new NumberFormatException(value + " (must be positive)");
        }
        return number;
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("pipeline-benchmark")) || here.getParent() == null
                ? here : here.getParent();
    }
}
