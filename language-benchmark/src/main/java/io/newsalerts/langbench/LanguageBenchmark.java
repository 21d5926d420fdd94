package io.newsalerts.langbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.newsalerts.benchmark.Heap;

/**
 * Measures language detectors on the shared test sentences: accuracy per language on whole sentences, accuracy on
 * prefixes of increasing length, time per detection (also with the CPU caches flushed before each, as in a
 * service), heap retained by the models. Prints the tables, writes them as Markdown and CSV and plots the error
 * rate against text length (see {@link LanguageReport}).
 *
 * <pre>
 * --data DIR         the sentences, one &lt;iso-639-1&gt;.txt per language (default ../shared/data/lang)
 * --candidates LIST  log,optimaize,opennlp,lingua-low,lingua (default all; Lingua keeps its models in a static
 *                    cache, so lingua-low goes before lingua, or its heap and load time read zero); log@P is log
 *                    answering only at probability P or more (ingest's min-confidence)
 * --lengths LIST     prefix lengths in characters (default 10,15,20,30,50,75,100,150,200)
 * --article-chars N  the length of the article-sized texts timed (default 1000)
 * --out DIR          where results go (default language-benchmark/target/benchmark)
 * </pre>
 */
public final class LanguageBenchmark {

    /** The length of the texts timed with cold caches: ingest-service's max-chars. */
    static final int COLD_CHARS = 100;
    private static final int COLD_TEXTS_PER_LANGUAGE = 100;

    private static final Map<String, Supplier<Candidate>> CANDIDATES = Map.of(
            "optimaize", OptimaizeCandidate::new,
            "lingua", () -> new LinguaCandidate(false),
            "lingua-low", () -> new LinguaCandidate(true),
            "opennlp", OpenNlpCandidate::new,
            "log", () -> new LogSpaceCandidate(0));

    private LanguageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path data = Path.of(options.getOrDefault("data", "../shared/data/lang"));
        Path out = Path.of(options.getOrDefault("out", "language-benchmark/target/benchmark"));
        int articleChars = Integer.parseInt(options.getOrDefault("article-chars", "1000"));
        int[] lengths = Arrays.stream(options.getOrDefault("lengths", "10,15,20,30,50,75,100,150,200").split(","))
                .mapToInt(Integer::parseInt).toArray();
        Sentences sentences = Sentences.read(data);
        List<String> articles = sentences.articles(articleChars);
        System.out.printf("%d sentences in %d languages from %s; %d texts of %d characters%n", sentences.count(),
                sentences.byLanguage().size(), data, articles.size(), articleChars);

        List<CandidateResult> results = new ArrayList<>();
        for (String name : options.getOrDefault("candidates", "log,optimaize,opennlp,lingua-low,lingua").split(",")) {
            Candidate candidate = name.startsWith("log@")
                    ? new LogSpaceCandidate(Double.parseDouble(name.substring(4)))
                    : CANDIDATES.get(name).get();
            results.add(measure(candidate, sentences, lengths, articles));
        }
        Files.createDirectories(out);
        new LanguageReport(results, sentences.byLanguage().keySet(), lengths, articleChars).write(out);
    }

    private static CandidateResult measure(Candidate candidate, Sentences sentences, int[] lengths,
            List<String> articles) throws Exception {
        System.out.printf("%n== %s: loading%n", candidate.name());
        long heapBefore = Heap.usedAfterGc();
        long start = System.nanoTime();
        candidate.load();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long heap = Heap.usedAfterGc() - heapBefore;
        System.out.printf("   loaded in %.1f s, %,d MB retained; warming up%n", loadSeconds, heap >> 20);
        sentences.byLanguage().values().forEach(lines -> lines.stream().limit(100).forEach(candidate::detect));

        Accuracy whole = Accuracy.measure(candidate, sentences.byLanguage());
        System.out.printf("   whole sentences: %.4f (%.0f µs per sentence)%n", whole.overall(),
                whole.microsPerText());
        Map<Integer, Accuracy> byLength = new TreeMap<>();
        for (int length : lengths) {
            Accuracy accuracy = Accuracy.measure(candidate, sentences.prefixes(length));
            byLength.put(length, accuracy);
            System.out.printf("   %3d characters: %.4f (%,d texts, %.0f µs each)%n", length, accuracy.overall(),
                    accuracy.texts(), accuracy.microsPerText());
        }
        start = Accuracy.cpuNanos();
        articles.forEach(candidate::detect);
        double microsPerArticle = (Accuracy.cpuNanos() - start) / 1e3 / articles.size();
        System.out.printf("   article-sized texts: %.0f µs each%n", microsPerArticle);
        double coldMicros = coldMicros(candidate, sentences.prefixes(COLD_CHARS));
        System.out.printf("   %d characters, caches flushed before each: %.0f µs each%n", COLD_CHARS, coldMicros);
        return new CandidateResult(candidate.name(), heap, loadSeconds, whole, byLength, microsPerArticle,
                coldMicros);
    }

    /**
     * Microseconds per detection (wall time of the call alone) with the CPU caches flushed before each, as a
     * service finds them between other work: a sweep over 64 MB, more than this machine's caches, is not timed.
     */
    private static double coldMicros(Candidate candidate, Map<String, List<String>> prefixes) {
        byte[] sweep = new byte[64 << 20];
        List<String> texts = prefixes.values().stream()
                .flatMap(lines -> lines.stream().limit(COLD_TEXTS_PER_LANGUAGE)).toList();
        long nanos = 0;
        for (String text : texts) {
            for (int i = 0; i < sweep.length; i += 64) {
                sweep[i]++;
            }
            long start = System.nanoTime();
            candidate.detect(text);
            nanos += System.nanoTime() - start;
        }
        return nanos / 1e3 / texts.size();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
