package io.newsalerts.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;

/**
 * Command-line options.
 *
 * @param corpus the news folder ({@code --corpus}; default {@code ../shared/data/news} beside the repository)
 * @param sizes subscription counts to measure ({@code --sizes 10000,100000,1000000})
 * @param documents documents matched per size ({@code --docs}, default 5000)
 * @param out where results go ({@code --out}, default {@code matcher-benchmark/target/benchmark})
 * @param monitorMaxSize the largest size Lucene Monitor is run at ({@code --monitor-max}, default 100000)
 * @param monitorSeconds how long Lucene Monitor matches documents per size at most ({@code --monitor-seconds},
 *     default 60)
 * @param seed seed of the corpus order and the queries ({@code --seed})
 */
record BenchmarkOptions(Path corpus, List<Integer> sizes, int documents, Path out, int monitorMaxSize,
        int monitorSeconds, long seed) {

    static final String USAGE = "usage: MatcherBenchmark [--corpus DIR] [--sizes 10000,100000,1000000] [--docs N]"
            + " [--out DIR] [--monitor-max N] [--monitor-seconds S] [--seed N]";

    static BenchmarkOptions parse(String[] args) {
        Path root = repositoryRoot();
        Path corpus = root.resolve("../shared/data/news").normalize();
        List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);
        int documents = 5_000;
        Path out = root.resolve("matcher-benchmark/target/benchmark");
        int monitorMaxSize = 100_000;
        int monitorSeconds = 60;
        long seed = 20230726L;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--corpus" -> corpus = Paths.get(require(value, args[i]));
                case "--sizes" -> sizes = Arrays.stream(require(value, args[i]).split(","))
                        .map(String::strip).map(Integer::valueOf).toList();
                case "--docs" -> documents = Integer.parseInt(require(value, args[i]));
                case "--out" -> out = Paths.get(require(value, args[i]));
                case "--monitor-max" -> monitorMaxSize = Integer.parseInt(require(value, args[i]));
                case "--monitor-seconds" -> monitorSeconds = Integer.parseInt(require(value, args[i]));
                case "--seed" -> seed = Long.parseLong(require(value, args[i]));
                case "--help", "-h" -> throw new IllegalArgumentException(USAGE);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
            i++;
        }
        return new BenchmarkOptions(corpus, sizes, documents, out, monitorMaxSize, monitorSeconds, seed);
    }

    /** The repository root: the working directory, or its parent when started inside matcher-benchmark. */
    private static Path repositoryRoot() {
        Path working = Paths.get("").toAbsolutePath();
        return Files.isDirectory(working.resolve("matcher-benchmark")) || working.getParent() == null
                ? working : working.getParent();
    }

    private static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return value;
    }
}
