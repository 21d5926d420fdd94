package io.newsalerts.harness;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The articles and subscriptions of one case, built so that the expected alerts follow from the accepted article
 * ids alone: every article {@code <word>-<n>} contains the case's word, and the even-numbered ones also
 * {@link #EVEN_WORD}; subscription {@code <word>} matches them all, {@code <word> hxeven} the even ones.
 *
 * @param word        the case's word, a single token for the analyzer (letters only, no plural ending)
 * @param allId       id of the subscription {@code <word>}
 * @param evenId      id of the subscription {@code <word> hxeven}
 */
record CaseWorkload(String word, String allId, String evenId) {

    static final String EVEN_WORD = "hxeven";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The two subscription queries of a case word: all its articles, and its even-numbered ones. */
    static List<String> queries(String word) {
        return List.of(word, word + " " + EVEN_WORD);
    }

    List<String> subscriptionIds() {
        return List.of(allId, evenId);
    }

    static String articleId(String word, int number) {
        return word + "-" + number;
    }

    /** The article {@code <word>-<n>} as a client posts it; the client chooses the id. */
    static String article(String word, int number) {
        ObjectNode article = JSON.createObjectNode();
        article.put("id", articleId(word, number));
        article.put("url", "https://harness.newsalerts.example/" + word + "/" + number);
        article.put("title", "Bulletin " + number + " about " + word);
        article.put("summary", number % 2 == 0 ? "An " + EVEN_WORD + " bulletin of the fault harness."
                : "An odd bulletin of the fault harness.");
        article.put("body", "The fault harness posts this article to check that every accepted article yields its"
                + " alerts exactly once, whatever crashes in between. Keyword: " + word + ". " + story(word, number));
        article.put("source", "fault-harness");
        article.put("language", "en");
        article.put("publishedAt", "2026-01-01T00:00:00Z");
        try {
            return JSON.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Words of the article's own: each article is a story of its own (ingest-service gives near-duplicate texts one
     * story, and alert-service alerts once per story), so every accepted article must alert.
     */
    private static String story(String word, int number) {
        Random random = new Random(31L * word.hashCode() + number);
        StringBuilder text = new StringBuilder("Reference");
        for (int i = 0; i < 40; i++) {
            text.append(" r").append(Integer.toString(random.nextInt(1 << 20), 36));
        }
        return text.append('.').toString();
    }

    /** The alerts that must exist for these accepted articles, as {@code subscriptionId|eventId}. */
    Set<String> expectedAlerts(Collection<String> acceptedIds) {
        Set<String> expected = new HashSet<>();
        for (String id : acceptedIds) {
            expected.add(pair(allId, id));
            if (number(id) % 2 == 0) {
                expected.add(pair(evenId, id));
            }
        }
        return expected;
    }

    static String pair(String subscriptionId, String eventId) {
        return subscriptionId + "|" + eventId;
    }

    static int number(String articleId) {
        return Integer.parseInt(articleId.substring(articleId.lastIndexOf('-') + 1));
    }

    /** The processed-event keys of alert-service for these article ids. */
    static Set<String> eventKeys(Collection<String> articleIds) {
        Set<String> keys = new HashSet<>();
        articleIds.forEach(id -> keys.add("article:" + id));
        return keys;
    }
}
