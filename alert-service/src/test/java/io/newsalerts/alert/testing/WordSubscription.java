package io.newsalerts.alert.testing;

import static io.newsalerts.alert.testing.AlertApi.newSubscriberKey;
import static io.newsalerts.alert.testing.AlertApi.subscribe;

import java.util.Random;

import io.newsalerts.contract.ArticleEvent;

/** A new subscriber with one subscription to a made-up word of its own, and articles that match it. */
public record WordSubscription(String word, String key, String subscription) {

    public static WordSubscription create(Random random) {
        StringBuilder word = new StringBuilder("word");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        String key = newSubscriberKey();
        return new WordSubscription(word.toString(), key, subscribe(key, word.toString()));
    }

    /** A new article (an id of its own) that matches the subscription. */
    public ArticleEvent article() {
        return Fixtures.article("The " + word + " report", "Analysts discussed the " + word + " figures.");
    }
}
