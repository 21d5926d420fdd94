package io.newsalerts.harness;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.newsalerts.localinfra.Wait;

/**
 * Waits, bounded, until a case's accepted articles have been delivered end to end, then counts what is lost,
 * duplicated or missing: through JDBC on the alerts database and through the {@link TopicWatcher}.
 */
final class Verifier {

    private final Stack stack;

    Verifier(Stack stack) {
        this.stack = stack;
    }

    Delivery settle(CaseWorkload workload, ArticleStream stream, Duration timeout) throws Exception {
        Set<String> accepted = stream.acceptedIds();
        Set<String> expected = workload.expectedAlerts(accepted);
        long started = System.nanoTime();
        boolean settled = Wait.until(timeout, () -> accepted.stream().allMatch(id -> stack.topics.articleEvents(id) > 0)
                && stack.alerts.alertCounts(workload.subscriptionIds()).keySet().containsAll(expected)
                && alertsMissingOnTopic(workload) == 0);
        double seconds = Progress.seconds(started);
        if (!settled) {
            Progress.log("%s: NOT everything delivered after %s; counting what is there", workload.word(),
                    Progress.formatSeconds(seconds));
        }
        Map<String, Integer> rows = stack.alerts.alertCounts(workload.subscriptionIds());
        long lost = expected.stream().filter(pair -> !rows.containsKey(pair)).count();
        long duplicateRows = rows.values().stream().mapToLong(count -> count - 1).sum();
        long unexpected = rows.keySet().stream().filter(pair -> !expected.contains(pair)).count();
        long missingArticles = accepted.stream().filter(id -> stack.topics.articleEvents(id) == 0).count();
        long repeatedArticles = accepted.stream().filter(id -> stack.topics.articleEvents(id) > 1).count();
        long duplicateEvents = 0;
        for (String subscription : workload.subscriptionIds()) {
            duplicateEvents += stack.topics.alertEvents(subscription).values().stream()
                    .mapToLong(count -> count - 1).sum();
        }
        String prefix = workload.word() + "-";
        long deadLettered = stack.topics.deadLetters().stream()
                .filter(letter -> letter.key() != null && letter.key().startsWith(prefix)).count();
        Delivery delivery = new Delivery(stream.count(), accepted.size(), stream.tally().gaveUpCount(),
                missingArticles, repeatedArticles, expected.size(), lost, duplicateRows, unexpected,
                alertsMissingOnTopic(workload), duplicateEvents, deadLettered, seconds, settled);
        Progress.log("%s: %s accepted, %s alerts expected, %s lost, %s duplicate rows, %s missing on news.alerts,"
                + " %s duplicate events on news.alerts (settled in %s)", workload.word(),
                Progress.count(accepted.size()), Progress.count(expected.size()), Progress.count(lost),
                Progress.count(duplicateRows), Progress.count(delivery.alertsMissingOnTopic()),
                Progress.count(duplicateEvents), Progress.formatSeconds(seconds));
        return delivery;
    }

    private long alertsMissingOnTopic(CaseWorkload workload) throws Exception {
        Set<String> onTopic = new HashSet<>();
        for (String subscription : workload.subscriptionIds()) {
            onTopic.addAll(stack.topics.alertEvents(subscription).keySet());
        }
        return stack.alerts.alertIds(workload.subscriptionIds()).stream().filter(id -> !onTopic.contains(id)).count();
    }
}
