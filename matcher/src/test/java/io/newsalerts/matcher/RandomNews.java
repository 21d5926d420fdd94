package io.newsalerts.matcher;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Seeded generator of small events and queries over one shared vocabulary, for differential tests. */
final class RandomNews {

    /** Words as events write them: cases, accents, possessives, plurals, hyphens, punctuation. */
    private static final List<String> TEXT_WORDS = List.of(
            "Netflix", "Netflix’s", "Netflix's", "netflix", "strike", "strikes", "Strike", "writers", "writer",
            "actors", "studio", "studios", "AI", "AI,", "machine", "learning", "platform", "Hollywood", "SAG-AFTRA",
            "union", "deal", "pay", "Black", "Mirror", "Café", "cafe", "manager", "product", "rumor", "walkout",
            "talks", "Apple", "Apple’s", "the", "and", "of", "streaming.", "(studio)");

    /** Words as subscribers type them. */
    private static final List<String> QUERY_WORDS = List.of(
            "Netflix", "netflix's", "Netflix’s", "strike", "strikes", "writers", "actor", "studio", "AI",
            "machine", "learning", "platform", "hollywood", "SAG", "aftra", "SAG-AFTRA", "union", "deal", "pay",
            "black", "mirror", "café", "cafe", "manager", "rumor", "walkout", "talks", "apple", "the");

    private static final List<String> FIELDS = List.of("title", "summary", "body", "company", "location");
    private static final List<String> SOURCES = List.of("Gizmodo", "Variety", "Deadline Hollywood");
    private static final List<String> COMPANIES = List.of("Netflix", "Apple", "Spotify Studios");
    private static final List<String> LOCATIONS = List.of("Los Gatos, California", "London", "Remote");

    private final Random random;

    RandomNews(long seed) {
        this.random = new Random(seed);
    }

    MatchDocument document(String id) {
        if (random.nextInt(4) == 0) {
            return MatchDocument.jobPosting(id, text(2, 6), pick(COMPANIES), pick(LOCATIONS), text(5, 25), null);
        }
        return MatchDocument.article(id, text(2, 7), random.nextBoolean() ? text(4, 12) : null, text(8, 30),
                pick(SOURCES), "Pat Writer", "en");
    }

    /** A query of one to three clauses joined by space, AND or OR, possibly with a negation. */
    String query() {
        StringBuilder query = new StringBuilder(clause(2));
        int more = random.nextInt(3);
        for (int i = 0; i < more; i++) {
            query.append(pick(List.of(" ", " ", " AND ", " OR "))).append(clause(2));
        }
        if (random.nextInt(4) == 0) {
            query.append(random.nextBoolean() ? " -" : " NOT ").append(word());
        }
        return query.toString();
    }

    private String clause(int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 6);
        return switch (kind) {
            case 0, 1, 2 -> word();
            case 3 -> "\"" + word() + " " + word() + "\"";
            case 4 -> "\"" + word() + " " + word() + "\"~" + (1 + random.nextInt(6));
            case 5 -> prefix();
            case 6 -> pick(FIELDS) + ":" + clause(0);
            case 7 -> "(" + clause(depth - 1) + " OR " + clause(depth - 1) + ")";
            default -> "(" + clause(depth - 1) + " " + clause(depth - 1) + ")";
        };
    }

    private String prefix() {
        String word = pick(TEXT_WORDS).replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        int length = Math.min(word.length(), 3 + random.nextInt(3));
        return word.length() < 3 ? "strik*" : word.substring(0, length) + "*";
    }

    private String word() {
        return pick(QUERY_WORDS);
    }

    private String text(int minWords, int maxWords) {
        int count = minWords + random.nextInt(maxWords - minWords + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(pick(TEXT_WORDS));
        }
        return text.toString();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
