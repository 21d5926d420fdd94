package io.newsalerts.matcher;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generator of subscription queries over the words of given documents: single words, conjunctions, OR
 * groups, nested groups, exact phrases cut from the text, proximity phrases (repeated and reordered words
 * included), prefixes, field scopes and negations. Every query it returns compiles.
 */
final class CorpusQueries {

    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");
    private static final String SYNTAX = "+-&|!(){}[]^\"~*?:\\/";
    private static final List<String> FIELDS =
            List.of("title", "summary", "body", "source", "company", "location", "description");

    private final Random random;
    private final List<List<String>> runs = new ArrayList<>();
    private final List<String> words = new ArrayList<>();

    CorpusQueries(long seed, List<MatchDocument> documents) {
        this.random = new Random(seed);
        for (MatchDocument document : documents) {
            for (String field : NewsFields.QUERYABLE) {
                String text = document.field(field);
                if (text != null && !text.isBlank()) {
                    List<String> run = List.of(text.strip().split("\\s+"));
                    runs.add(run);
                    run.stream().map(CorpusQueries::queryWord).filter(word -> !word.isEmpty()).forEach(words::add);
                }
            }
        }
    }

    /** A query that {@link QueryCompiler} accepts. */
    String next() {
        while (true) {
            String query = query();
            try {
                QueryCompiler.compile(query);
                return query;
            } catch (InvalidQueryException e) {
                // e.g. only punctuation inside quotes, or too many clauses: draw another
            }
        }
    }

    private String query() {
        StringBuilder query = new StringBuilder(clause(2));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            query.append(pick(List.of(" ", " ", " AND ", " OR "))).append(clause(2));
        }
        if (random.nextInt(4) == 0) {
            query.append(random.nextBoolean() ? " -" : " NOT ").append(clause(0));
        }
        return query.toString();
    }

    private String clause(int depth) {
        int kind = random.nextInt(depth > 0 ? 12 : 8);
        return switch (kind) {
            case 0, 1, 2 -> word();
            case 3 -> phrase(0);
            case 4 -> phrase(1 + random.nextInt(8));
            case 5 -> repeatedPhrase();
            case 6 -> prefix();
            case 7 -> pick(FIELDS) + ":" + (random.nextBoolean() ? word() : phrase(random.nextInt(3)));
            case 8 -> "(" + clause(depth - 1) + " OR " + clause(depth - 1) + ")";
            case 9 -> pick(FIELDS) + ":(" + clause(0) + " OR " + clause(0) + ")";
            case 10 -> "(" + clause(depth - 1) + " -" + clause(0) + ")";
            default -> "(" + clause(depth - 1) + " " + clause(depth - 1) + ")";
        };
    }

    /** Two to four consecutive words of some text, sometimes reordered when sloppy. */
    private String phrase(int slop) {
        List<String> run = pick(runs);
        int length = Math.min(run.size(), 2 + random.nextInt(3));
        int start = random.nextInt(run.size() - length + 1);
        List<String> picked = new ArrayList<>(run.subList(start, start + length));
        if (slop > 0 && random.nextBoolean()) {
            Collections.swap(picked, 0, picked.size() - 1);
        }
        return quote(picked) + (slop > 0 ? "~" + slop : "");
    }

    /** A proximity phrase that repeats a word, from a window of text where the word may repeat too. */
    private String repeatedPhrase() {
        List<String> run = pick(runs);
        int start = random.nextInt(run.size());
        List<String> window = run.subList(start, Math.min(run.size(), start + 6));
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(3); i++) {
            picked.add(pick(window));
        }
        picked.add(picked.get(random.nextInt(picked.size())));
        return quote(picked) + "~" + random.nextInt(10);
    }

    private String prefix() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String word = pick(words);
            if (word.length() >= 3 && word.chars().allMatch(Character::isLetter)) {
                return word.substring(0, 3 + random.nextInt(Math.min(4, word.length() - 2))) + "*";
            }
        }
        return "the*";
    }

    private String word() {
        return pick(words);
    }

    private static String quote(List<String> words) {
        return "\"" + String.join(" ", words).replace("\"", "").replace("\\", "") + "\"";
    }

    /** The word as a query term: edge punctuation removed, no query syntax inside, operators lower-cased. */
    private static String queryWord(String raw) {
        String word = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$", "");
        for (char c : word.toCharArray()) {
            if (SYNTAX.indexOf(c) >= 0 && c != '-') {
                return "";
            }
        }
        return OPERATORS.contains(word) ? word.toLowerCase(Locale.ROOT) : word;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
