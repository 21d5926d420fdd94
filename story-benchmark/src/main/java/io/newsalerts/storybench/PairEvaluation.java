package io.newsalerts.storybench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import io.newsalerts.benchmark.TextTable;
import io.newsalerts.stories.StorySketch;
import io.newsalerts.stories.StorySketcher;

/**
 * Precision and recall of "same story" on labelled pairs: positives are syndication variants of real stories of
 * at least {@value #MIN_WORDS} words, negatives are two different stories on the same subject (Reuters stories
 * sharing a topic and a place tag; Wikinews articles sharing three capitalised names; in both, headlines that
 * share fewer than half their words). A pair is judged the same
 * story as the service judges it: the two sketches share an LSH band key and their estimated similarity is at
 * least the threshold.
 */
final class PairEvaluation {

    static final int MIN_WORDS = 150;

    private final StorySketcher sketcher = new StorySketcher();
    private final double threshold;
    private final Random random;

    PairEvaluation(double threshold, long seed) {
        this.threshold = threshold;
        this.random = new Random(seed);
    }

    /** @return the report's lines (tables and examples) */
    List<String> run(List<NewsCorpus.Story> reuters, List<NewsCorpus.Story> wikinews, int originals, int negatives,
            long seed) {
        List<NewsCorpus.Story> eligible = new ArrayList<>(wikinews.stream().filter(s -> s.words() >= MIN_WORDS)
                .toList());
        List<NewsCorpus.Story> longReuters = new ArrayList<>(reuters.stream().filter(s -> s.words() >= MIN_WORDS)
                .toList());
        java.util.Collections.shuffle(longReuters, random);
        eligible.addAll(longReuters.subList(0, Math.min(longReuters.size(), Math.max(0, originals - eligible.size()))));

        Variants variants = new Variants(seed);
        Map<Variants.Kind, int[]> positives = new EnumMap<>(Variants.Kind.class);
        Map<Variants.Kind, double[]> similaritySums = new EnumMap<>(Variants.Kind.class);
        List<String> missed = new ArrayList<>();
        for (NewsCorpus.Story original : eligible) {
            StorySketch sketch = sketch(original);
            for (Variants.Kind kind : Variants.Kind.values()) {
                Optional<NewsCorpus.Story> variant = variants.of(original, kind);
                if (variant.isEmpty()) {
                    continue;
                }
                StorySketch other = sketch(variant.get());
                int[] counts = positives.computeIfAbsent(kind, k -> new int[2]);
                counts[0]++;
                similaritySums.computeIfAbsent(kind, k -> new double[1])[0] += sketch.similarity(other);
                if (same(sketch, other)) {
                    counts[1]++;
                } else if (missed.size() < 5) {
                    missed.add(String.format(Locale.ROOT, "  missed %s %s (%d words): similarity %.3f",
                            kind, original.id(), original.words(), sketch.similarity(other)));
                }
            }
        }

        List<NewsCorpus.Story[]> pairs = negatives(reuters, negatives / 2);
        int reutersPairs = pairs.size();
        pairs.addAll(wikinewsNegatives(wikinews, negatives - reutersPairs));
        int falsePositives = 0;
        double highest = 0;
        List<String> falseExamples = new ArrayList<>();
        Map<String, StorySketch> sketches = new HashMap<>();
        for (NewsCorpus.Story[] pair : pairs) {
            StorySketch a = sketches.computeIfAbsent(pair[0].id(), id -> sketch(pair[0]));
            StorySketch b = sketches.computeIfAbsent(pair[1].id(), id -> sketch(pair[1]));
            highest = a == null || b == null ? highest : Math.max(highest, a.similarity(b));
            if (a != null && b != null && same(a, b)) {
                falsePositives++;
                if (falseExamples.size() < 10) {
                    falseExamples.add(String.format(Locale.ROOT, "  %s \"%s\" ~ %s \"%s\": similarity %.3f",
                            pair[0].id(), pair[0].title(), pair[1].id(), pair[1].title(), a.similarity(b)));
                }
            }
        }

        TextTable table = new TextTable("variant kind", "pairs", "judged same", "recall", "precision*",
                "mean similarity");
        int allPairs = 0;
        int allFound = 0;
        for (Map.Entry<Variants.Kind, int[]> entry : positives.entrySet()) {
            int[] counts = entry.getValue();
            allPairs += counts[0];
            allFound += counts[1];
            table.row(entry.getKey().name().toLowerCase(Locale.ROOT), String.valueOf(counts[0]),
                    String.valueOf(counts[1]), ratio(counts[1], counts[0]),
                    ratio(counts[1], counts[1] + falsePositives),
                    String.format(Locale.ROOT, "%.3f", similaritySums.get(entry.getKey())[0] / counts[0]));
        }
        table.row("all positives", String.valueOf(allPairs), String.valueOf(allFound), ratio(allFound, allPairs),
                ratio(allFound, allFound + falsePositives), "");
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Labelled pairs: %d originals (%d words or more: %d Wikinews, the rest "
                + "Reuters), threshold %.2f, seed %d", eligible.size(), MIN_WORDS,
                eligible.stream().filter(s -> !s.id().startsWith("reuters")).count(), threshold, seed));
        lines.add(table.text());
        lines.add(String.format(Locale.ROOT, "Negatives (different stories, same subject): %d pairs (%d Reuters "
                + "sharing a topic and a place, %d Wikinews sharing 3 names), %d judged the same story "
                + "(false positives), highest similarity %.3f; * precision against all negatives", pairs.size(),
                reutersPairs, pairs.size() - reutersPairs, falsePositives, highest));
        lines.addAll(falseExamples);
        lines.add("Examples of missed positives:");
        lines.addAll(missed);
        lines.add("MARKDOWN");
        lines.add(table.markdown());
        return lines;
    }

    private boolean same(StorySketch a, StorySketch b) {
        Set<Long> keys = Arrays.stream(a.bandKeys()).boxed().collect(Collectors.toSet());
        return Arrays.stream(b.bandKeys()).anyMatch(keys::contains) && a.similarity(b) >= threshold;
    }

    private StorySketch sketch(NewsCorpus.Story story) {
        return sketcher.sketch(story.title(), story.body()).orElse(null);
    }

    /** Pairs of different Reuters stories sharing a topic tag and a place tag, other titles, other leads. */
    private List<NewsCorpus.Story[]> negatives(List<NewsCorpus.Story> reuters, int count) {
        Map<String, List<NewsCorpus.Story>> bySubject = new HashMap<>();
        for (NewsCorpus.Story story : reuters) {
            for (String topic : story.tags()) {
                for (String place : story.tags()) {
                    if (topic.startsWith("T:") && place.startsWith("P:")) {
                        bySubject.computeIfAbsent(topic + place, k -> new ArrayList<>()).add(story);
                    }
                }
            }
        }
        List<List<NewsCorpus.Story>> subjects = bySubject.values().stream().filter(list -> list.size() > 1)
                .sorted((a, b) -> Integer.compare(b.size(), a.size())).toList();
        List<NewsCorpus.Story[]> pairs = new ArrayList<>();
        Set<String> taken = new java.util.HashSet<>();
        for (int attempt = 0; pairs.size() < count && attempt < count * 20; attempt++) {
            List<NewsCorpus.Story> subject = subjects.get(random.nextInt(subjects.size()));
            NewsCorpus.Story a = subject.get(random.nextInt(subject.size()));
            NewsCorpus.Story b = subject.get(random.nextInt(subject.size()));
            if (different(a, b) && taken.add(a.id().compareTo(b.id()) < 0 ? a.id() + b.id() : b.id() + a.id())) {
                pairs.add(new NewsCorpus.Story[] {a, b});
            }
        }
        return pairs;
    }

    /** Pairs of Wikinews articles that share at least three capitalised names. */
    private List<NewsCorpus.Story[]> wikinewsNegatives(List<NewsCorpus.Story> wikinews, int count) {
        Map<String, Set<String>> names = new HashMap<>();
        wikinews.forEach(story -> names.put(story.id(), Arrays.stream(story.body().split("[^A-Za-z]+"))
                .filter(word -> word.length() > 3 && Character.isUpperCase(word.charAt(0))).collect(Collectors.toSet())));
        List<NewsCorpus.Story[]> pairs = new ArrayList<>();
        for (int i = 0; i < wikinews.size() && pairs.size() < count; i++) {
            for (int j = i + 1; j < wikinews.size() && pairs.size() < count; j++) {
                NewsCorpus.Story a = wikinews.get(i);
                NewsCorpus.Story b = wikinews.get(j);
                long shared = names.get(a.id()).stream().filter(names.get(b.id())::contains).count();
                if (shared >= 3 && different(a, b)) {
                    pairs.add(new NewsCorpus.Story[] {a, b});
                }
            }
        }
        return pairs;
    }

    /**
     * Two stories of one subject that are not the same event: other headlines (sharing fewer than half their words)
     * and other leads. Reuters holds genuine repeats under lightly changed headlines; they are not negatives.
     */
    private static boolean different(NewsCorpus.Story a, NewsCorpus.Story b) {
        return !a.id().equals(b.id()) && titleOverlap(a, b) < 0.5 && !lead(a).equals(lead(b));
    }

    private static double titleOverlap(NewsCorpus.Story a, NewsCorpus.Story b) {
        Set<String> first = words(a.title());
        Set<String> second = words(b.title());
        long shared = first.stream().filter(second::contains).count();
        return shared == 0 ? 0 : (double) shared / (first.size() + second.size() - shared);
    }

    private static Set<String> words(String title) {
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    private static String lead(NewsCorpus.Story story) {
        String body = story.body().trim();
        return body.substring(0, Math.min(60, body.length()));
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.4f", (double) part / whole);
    }
}
