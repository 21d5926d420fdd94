package io.newsalerts.benchmark;

import io.newsalerts.matcher.InvalidQueryException;
import io.newsalerts.matcher.MatchDocument;
import io.newsalerts.matcher.NewsFields;
import io.newsalerts.matcher.QueryCompiler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates subscription queries from the corpus vocabulary, words picked from one real document at a time so
 * that they co-occur as topics do. The mix, by share of queries:
 * <pre>
 *   25%  conjunction of 2-3 words               opec oil quota
 *   15%  exact phrase of 2-3 adjacent words     "interest rates"
 *   12%  OR group, with a word                  (coffee OR cocoa) brazil
 *   10%  exclusion                              bank rates -england
 *   10%  prefix of 4-6 letters, with a word     petro* mexico
 *   10%  title field, with a word               title:merger bank
 *   10%  proximity of two near words            "wheat export"~5
 *    8%  single distinctive word (in under 0.5%   sorghum
 *         of documents)
 * </pre>
 * The most common words of the corpus (those in more than 3% of its documents, and words of one or two letters)
 * are never used: they act as stop words, too broad to alert on. Every query compiles; the sequence depends only on the
 * seed, so the first 10,000 queries of the 100,000 are the 10,000.
 */
public final class QueryMix {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> OPERATORS = Set.of("and", "or", "not", "to");

    private final Random random;
    private final List<List<String>> texts = new ArrayList<>();
    private final List<List<String>> bodies = new ArrayList<>();
    private final List<List<String>> titles = new ArrayList<>();
    private final List<String> vocabulary;
    private final Set<String> stop;
    private final Set<String> distinctive = new HashSet<>();

    public QueryMix(List<MatchDocument> documents, long seed) {
        this.random = new Random(seed);
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (MatchDocument document : documents) {
            List<String> body = words(document.field(NewsFields.BODY));
            texts.add(body);
            bodies.add(body);
            titles.add(words(document.field(NewsFields.TITLE)));
            for (String word : new HashSet<>(body)) {
                documentFrequency.merge(word, 1, Integer::sum);
            }
        }
        int common = documents.size() * 3 / 100;
        Set<String> stop = new HashSet<>(OPERATORS);
        documentFrequency.forEach((word, frequency) -> {
            if (frequency > common || word.length() < 3) {
                stop.add(word);
            }
        });
        bodies.replaceAll(words -> words.stream().filter(word -> !stop.contains(word)).toList());
        titles.replaceAll(words -> words.stream().filter(word -> !stop.contains(word)).toList());
        for (int i = bodies.size() - 1; i >= 0; i--) {
            if (bodies.get(i).size() < 4 || texts.get(i).size() < 4) {
                bodies.remove(i);
                texts.remove(i);
            }
        }
        this.stop = stop;
        int rare = Math.max(2, documents.size() / 200);
        documentFrequency.forEach((word, frequency) -> {
            if (frequency <= rare && !stop.contains(word)) {
                distinctive.add(word);
            }
        });
        vocabulary = documentFrequency.keySet().stream().filter(word -> !stop.contains(word))
                .sorted(Comparator.naturalOrder()).toList();
    }

    /** The next query; it compiles. */
    public String next() {
        while (true) {
            String query = draw();
            try {
                QueryCompiler.compile(query);
                return query;
            } catch (InvalidQueryException e) {
                // rare: draw another
            }
        }
    }

    private String draw() {
        int document = random.nextInt(bodies.size());
        List<String> body = bodies.get(document);
        List<String> text = texts.get(document);
        int kind = random.nextInt(100);
        if (kind < 25) {
            return String.join(" ", distinct(body, 2 + random.nextInt(2)));
        } else if (kind < 40) {
            return "\"" + String.join(" ", adjacent(text, 2 + random.nextInt(2))) + "\"";
        } else if (kind < 52) {
            List<String> words = distinct(body, 3);
            return "(" + words.get(0) + " OR " + words.get(1) + ") " + words.get(2);
        } else if (kind < 62) {
            List<String> words = distinct(body, 2);
            return words.get(0) + " " + words.get(1) + " -" + vocabulary.get(random.nextInt(vocabulary.size()));
        } else if (kind < 72) {
            List<String> words = distinct(body, 2);
            String stem = words.get(0);
            return stem.substring(0, Math.min(stem.length(), 4 + random.nextInt(3))) + "* " + words.get(1);
        } else if (kind < 82) {
            List<String> title = titles.get(random.nextInt(titles.size()));
            String titleWord = title.isEmpty() ? body.get(0) : title.get(random.nextInt(title.size()));
            return "title:" + titleWord + " " + distinct(body, 1).get(0);
        } else if (kind < 92) {
            List<String> near = adjacent(text, 2 + random.nextInt(4));
            return "\"" + near.get(0) + " " + near.get(near.size() - 1) + "\"~" + (2 + random.nextInt(9));
        }
        List<String> rare = body.stream().filter(distinctive::contains).toList();
        return rare.isEmpty() ? String.join(" ", distinct(body, 2)) : rare.get(random.nextInt(rare.size()));
    }

    /** Adjacent words of the text whose first and last are not stop words (stop words may sit inside). */
    private List<String> adjacent(List<String> text, int count) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int start = random.nextInt(text.size() - count + 1);
            List<String> words = text.subList(start, start + count);
            if (!stop.contains(words.get(0)) && !stop.contains(words.get(count - 1))) {
                return words;
            }
        }
        return List.of(vocabulary.get(random.nextInt(vocabulary.size())),
                vocabulary.get(random.nextInt(vocabulary.size())));
    }

    private List<String> distinct(List<String> words, int count) {
        List<String> picked = new ArrayList<>(count);
        for (int attempt = 0; picked.size() < count && attempt < 50; attempt++) {
            String word = words.get(random.nextInt(words.size()));
            if (!picked.contains(word)) {
                picked.add(word);
            }
        }
        while (picked.size() < count) {
            picked.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        return picked;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text != null) {
            Matcher matcher = WORD.matcher(text);
            while (matcher.find()) {
                words.add(matcher.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
