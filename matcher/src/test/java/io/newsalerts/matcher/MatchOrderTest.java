package io.newsalerts.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Sorting matches by id through packed prefixes gives exactly the order of a plain comparator. */
class MatchOrderTest {

    @Test
    void ordersAsStringComparisonDoes() {
        Random random = new Random(3);
        String alphabet = "a\u0000\uFFFFzé0-";
        for (int round = 0; round < 200; round++) {
            List<Match> matches = new ArrayList<>();
            for (int i = random.nextInt(300); i > 0; i--) {
                StringBuilder id = new StringBuilder();
                for (int n = random.nextInt(6); n > 0; n--) {
                    id.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                matches.add(new Match(id.toString(), List.of(), ""));
            }
            List<Match> expected = new ArrayList<>(matches);
            expected.sort(Comparator.comparing(Match::subscriptionId));

            assertThat(MatchOrder.sorted(matches)).extracting(Match::subscriptionId)
                    .containsExactlyElementsOf(expected.stream().map(Match::subscriptionId).toList());
        }
    }
}
