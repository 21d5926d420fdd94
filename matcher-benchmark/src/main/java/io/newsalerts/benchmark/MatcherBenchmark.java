package io.newsalerts.benchmark;

import io.newsalerts.matcher.CompiledQuery;
import io.newsalerts.matcher.IndexedMatcher;
import io.newsalerts.matcher.Match;
import io.newsalerts.matcher.MatchDocument;
import io.newsalerts.matcher.NewsAnalyzer;
import io.newsalerts.matcher.NewsFields;
import io.newsalerts.matcher.QueryCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Measures {@link IndexedMatcher} against Lucene Monitor (default presearcher) at several subscription counts,
 * single-threaded, on the same documents and queries: index build time, heap per subscription, documents per
 * second, the analysis-only floor, the ratio, and whether both engines return the same matches. Prints progress
 * and a table, and writes {@code results.csv}, {@code results.md} and {@code docs-per-second.png}.
 *
 * <p>Method: the corpus is shuffled with the seed; the first {@code --docs} documents are the measured ones, the
 * next 5,000 feed the term statistics ({@link IndexedMatcher#warm}) and the 300 after them warm up the JIT before
 * every timed run. Queries come from {@link QueryMix}; subscription ids are UUID strings, made during the load so
 * that they count towards the matcher's heap. Build time is the time spent in {@code put} (queries are compiled
 * just before, outside the timing, for both engines). Heap per subscription is the used heap after full garbage
 * collections ({@link Heap}) after the load minus before it, divided by the count. Lucene Monitor registers the same
 * compiled queries in batches and matches the measured documents until they run out or {@code --monitor-seconds}
 * have passed; its matches on those documents are compared with IndexedMatcher's.
 */
public final class MatcherBenchmark {

    private static final int STATISTICS_DOCUMENTS = 5_000;
    private static final int WARM_UP_DOCUMENTS = 300;
    private static final int UPDATES = 2_000;

    private final BenchmarkOptions options;
    private final List<MatchDocument> measured;
    private final List<MatchDocument> statisticsDocuments;
    private final List<MatchDocument> warmUp;
    private final List<MatchDocument> corpus;
    private final double floor;
    private double floorPerCpuSecond;

    private MatcherBenchmark(BenchmarkOptions options, List<MatchDocument> corpus) throws IOException {
        this.options = options;
        this.corpus = corpus;
        int documents = Math.min(options.documents(), corpus.size() / 2);
        this.measured = corpus.subList(0, documents);
        int statisticsEnd = Math.min(corpus.size(), documents + STATISTICS_DOCUMENTS);
        this.statisticsDocuments = corpus.subList(documents, statisticsEnd);
        this.warmUp = corpus.subList(documents, Math.min(statisticsEnd, documents + WARM_UP_DOCUMENTS));
        this.floor = analysisFloor();
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Runtime runtime = Runtime.getRuntime();
        progress("Java %s, %d cores, max heap %d MB", System.getProperty("java.version"),
                runtime.availableProcessors(), runtime.maxMemory() >> 20);
        progress("corpus %s%s", options.corpus(), Files.isDirectory(options.corpus()) ? "" : " (absent: generated)");
        List<MatchDocument> corpus = Corpus.load(options.corpus(), options.seed());
        MatcherBenchmark benchmark = new MatcherBenchmark(options, corpus);
        progress("%d documents; %d measured per size; analysis-only floor %.0f docs/s (%.0f per CPU second)",
                corpus.size(), benchmark.measured.size(), benchmark.floor, benchmark.floorPerCpuSecond);

        List<Result> results = new ArrayList<>();
        for (int size : options.sizes()) {
            results.add(benchmark.run(size));
        }

        String table = ResultsReport.table(results);
        System.out.println();
        System.out.print(table);
        List<String> notes = benchmark.notes(results);
        notes.forEach(note -> System.out.println("  " + note));
        Files.createDirectories(options.out());
        ResultsReport.writeCsv(results, options.out().resolve("results.csv"));
        ResultsReport.writeMarkdown(results, notes, options.out().resolve("results.md"));
        ResultsPlot.write(results, "Matching throughput: IndexedMatcher vs Lucene Monitor",
                options.out().resolve("docs-per-second.png"));
        progress("wrote %s/{results.csv,results.md,docs-per-second.png}", options.out().toAbsolutePath());
    }

    private Result run(int size) throws Exception {
        String label = label(size);
        progress("[%s] generating %,d queries", label, size);
        List<String> queries = queries(size);

        long heapBefore = Heap.usedAfterGc();
        IndexedMatcher matcher = new IndexedMatcher();
        matcher.warm(statisticsDocuments);
        long putNanos = 0;
        for (int i = 0; i < size; i++) {
            CompiledQuery query = QueryCompiler.compile(queries.get(i));
            String id = subscriptionId(i);
            long start = System.nanoTime();
            matcher.put(id, query, null);
            putNanos += System.nanoTime() - start;
            if ((i + 1) % Math.max(1, size / 5) == 0) {
                progress("[%s] IndexedMatcher loaded %,d / %,d", label, i + 1, size);
            }
        }
        long heapPerSubscription = (Heap.usedAfterGc() - heapBefore) / size;
        IndexedMatcher.Stats loaded = matcher.stats();
        progress("[%s] IndexedMatcher: %,d unique queries, %,d anchor keys, %,d postings, %d B/subscription",
                label, loaded.uniqueQueries(), loaded.anchorKeys(), loaded.postings(), heapPerSubscription);

        warmUp.forEach(matcher::match);
        long candidatesBefore = matcher.stats().candidates();
        long matches = 0;
        Stopwatch stopwatch = new Stopwatch();
        for (int d = 0; d < measured.size(); d++) {
            matches += matcher.match(measured.get(d)).size();
            if ((d + 1) % Math.max(1, measured.size() / 4) == 0) {
                progress("[%s] IndexedMatcher matched %,d / %,d documents", label, d + 1, measured.size());
            }
        }
        double docsPerSecond = measured.size() / stopwatch.wallSeconds();
        double docsPerCpuSecond = measured.size() / stopwatch.cpuSeconds();
        double candidatesPerDoc = (matcher.stats().candidates() - candidatesBefore) / (double) measured.size();
        double updateMicros = updates(matcher, queries);
        progress("[%s] IndexedMatcher: %.0f docs/s (%.0f per CPU second), %.0f candidates and %.1f matches per"
                + " document, update %.1f us", label, docsPerSecond, docsPerCpuSecond, candidatesPerDoc,
                matches / (double) measured.size(), updateMicros);

        MonitorRun monitor = size <= options.monitorMaxSize() ? monitor(label, queries, matcher) : null;
        String note = monitor != null ? "" : String.format(Locale.ROOT, "Lucene Monitor skipped at %s: above"
                + " --monitor-max %d (loading it takes minutes and over 1 KB per query, and it matches only a few"
                + " documents per second at this size)", label, options.monitorMaxSize());
        if (monitor == null) {
            progress("[%s] %s", label, note);
        }
        return new Result(size, loaded.uniqueQueries(), putNanos / 1e9, putNanos / 1e3 / size, updateMicros,
                heapPerSubscription, docsPerSecond, docsPerCpuSecond, candidatesPerDoc,
                matches / (double) measured.size(),
                monitor == null ? Double.NaN : monitor.buildSeconds(),
                monitor == null ? 0 : monitor.heapPerSubscription(),
                monitor == null ? Double.NaN : monitor.docsPerSecond(),
                monitor == null ? Double.NaN : monitor.docsPerCpuSecond(),
                monitor == null ? 0 : monitor.documents(),
                monitor == null ? 0 : monitor.disagreements(), floor, floorPerCpuSecond, note);
    }

    /** The queries, made in their own method so that the generator is garbage before heap is measured. */
    private List<String> queries(int size) {
        QueryMix mix = new QueryMix(corpus, options.seed());
        List<String> queries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            queries.add(mix.next());
        }
        return queries;
    }

    private record MonitorRun(double buildSeconds, long heapPerSubscription, double docsPerSecond,
            double docsPerCpuSecond, int documents, long disagreements) {
    }

    private MonitorRun monitor(String label, List<String> queries, IndexedMatcher matcher) throws Exception {
        long heapBefore = Heap.usedAfterGc();
        try (MonitorEngine monitor = new MonitorEngine()) {
            long buildNanos = 0;
            for (int i = 0; i < queries.size(); i++) {
                CompiledQuery query = QueryCompiler.compile(queries.get(i));
                long start = System.nanoTime();
                monitor.register(subscriptionId(i), query);
                buildNanos += System.nanoTime() - start;
                if ((i + 1) % Math.max(1, queries.size() / 5) == 0) {
                    progress("[%s] Lucene Monitor loaded %,d / %,d", label, i + 1, queries.size());
                }
            }
            long start = System.nanoTime();
            monitor.flush();
            buildNanos += System.nanoTime() - start;
            long heapPerSubscription = (Heap.usedAfterGc() - heapBefore) / queries.size();

            for (int i = 0; i < Math.min(20, warmUp.size()); i++) {
                monitor.match(warmUp.get(i));
            }
            List<Set<String>> expected = new ArrayList<>();
            long deadline = System.nanoTime() + options.monitorSeconds() * 1_000_000_000L;
            Stopwatch stopwatch = new Stopwatch();
            while (expected.size() < measured.size() && (expected.size() < 10 || System.nanoTime() < deadline)) {
                expected.add(monitor.match(measured.get(expected.size())));
                if (expected.size() % 1000 == 0) {
                    progress("[%s] Lucene Monitor matched %,d documents", label, expected.size());
                }
            }
            double docsPerSecond = expected.size() / stopwatch.wallSeconds();
            double docsPerCpuSecond = expected.size() / stopwatch.cpuSeconds();
            long disagreements = 0;
            for (int d = 0; d < expected.size(); d++) {
                Set<String> actual = new TreeSet<>();
                for (Match match : matcher.match(measured.get(d))) {
                    actual.add(match.subscriptionId());
                }
                disagreements += symmetricDifference(expected.get(d), actual);
            }
            progress("[%s] Lucene Monitor: %.1f docs/s (%.1f per CPU second) over %d documents, %d B/subscription,"
                    + " %d disagreements", label, docsPerSecond, docsPerCpuSecond, expected.size(),
                    heapPerSubscription, disagreements);
            return new MonitorRun(buildNanos / 1e9, heapPerSubscription, docsPerSecond, docsPerCpuSecond,
                    expected.size(), disagreements);
        }
    }

    /** Mean time of a put that moves an existing subscription to another query, then of a put that moves it back. */
    private double updates(IndexedMatcher matcher, List<String> queries) {
        int count = Math.min(UPDATES, queries.size() / 2);
        List<CompiledQuery> compiled = new ArrayList<>();
        for (int i = 0; i < 2 * count; i++) {
            compiled.add(QueryCompiler.compile(queries.get(i)));
        }
        long nanos = 0;
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            matcher.put(subscriptionId(i), compiled.get(count + i), null);
            matcher.put(subscriptionId(i), compiled.get(i), null);
            nanos += System.nanoTime() - start;
        }
        return nanos / 1e3 / (2.0 * count);
    }

    /**
     * Documents per second for analysis alone: each field value through the analyzer once, tokens consumed; the
     * second of two passes over the measured documents, so the JIT has compiled the analyzer.
     */
    private double analysisFloor() throws IOException {
        double rate = 0;
        for (int pass = 0; pass < 2; pass++) {
            Stopwatch stopwatch = new Stopwatch();
            long tokens = 0;
            for (MatchDocument document : measured) {
                tokens += analyze(document);
            }
            rate = tokens > 0 ? measured.size() / stopwatch.wallSeconds() : 0;
            floorPerCpuSecond = tokens > 0 ? measured.size() / stopwatch.cpuSeconds() : 0;
        }
        return rate;
    }

    private static long analyze(MatchDocument document) throws IOException {
        long tokens = 0;
        for (String field : NewsFields.QUERYABLE) {
            String value = document.field(field);
            if (value != null) {
                try (TokenStream stream = NewsAnalyzer.shared().tokenStream(field, value)) {
                    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                    stream.reset();
                    while (stream.incrementToken()) {
                        tokens += term.length() > 0 ? 1 : 0;
                    }
                    stream.end();
                }
            }
        }
        return tokens;
    }

    private List<String> notes(List<Result> results) {
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "%d measured documents of %s, one thread; Java %s, %d cores",
                measured.size(), options.corpus(), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        for (Result result : results) {
            if (!result.monitorNote().isEmpty()) {
                notes.add(result.monitorNote());
            }
        }
        return notes;
    }

    /** A UUID string, as alert-service uses, derived from the index so both engines get the same ids. */
    private static String subscriptionId(int index) {
        long mixed = (index + 1) * 0x9E3779B97F4A7C15L;
        return new UUID(mixed ^ (mixed >>> 31), Long.rotateLeft(mixed, 17) * 0xBF58476D1CE4E5B9L).toString();
    }

    private static long symmetricDifference(Set<String> expected, Set<String> actual) {
        long differences = 0;
        for (String id : expected) {
            differences += actual.contains(id) ? 0 : 1;
        }
        for (String id : actual) {
            differences += expected.contains(id) ? 0 : 1;
        }
        return differences;
    }

    private static String label(int size) {
        return size >= 1_000_000 && size % 1_000_000 == 0 ? size / 1_000_000 + "M"
                : size >= 1_000 && size % 1_000 == 0 ? size / 1_000 + "K" : String.valueOf(size);
    }

    private static void progress(String format, Object... args) {
        System.out.printf(Locale.ROOT, "%tT " + format + "%n", prepend(System.currentTimeMillis(), args));
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
