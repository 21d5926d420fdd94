package io.newsalerts.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * The delivery figures of one case's articles, end to end: accepted by ingest-service, on {@code news.articles},
 * alert rows in PostgreSQL, alert events on {@code news.alerts}.
 *
 * @param posted                  articles the clients posted
 * @param accepted                articles answered 202 or 200
 * @param gaveUp                  articles never accepted, however often retried
 * @param articlesMissingOnTopic  accepted articles that never reached {@code news.articles}
 * @param articleEventsRepeated   article events on {@code news.articles} more than once (a retried publish)
 * @param expectedAlerts          alerts the accepted articles must yield
 * @param alertsLost              expected alerts without an alert row
 * @param duplicateAlertRows      alert rows beyond the first for one subscription and event
 * @param unexpectedAlerts        alert rows for articles that were not accepted (a 503 whose event still went out)
 * @param alertsMissingOnTopic    alert rows whose event never reached {@code news.alerts}
 * @param duplicateAlertEvents    alert events on {@code news.alerts} beyond the first with the same id
 * @param validDeadLettered       valid articles of the case that went to the dead-letter topic
 * @param settleSeconds           how long after the stream and the faults everything was delivered (or the timeout)
 * @param settled                 whether everything expected was delivered before the timeout
 */
record Delivery(int posted, int accepted, long gaveUp, long articlesMissingOnTopic, long articleEventsRepeated,
        long expectedAlerts, long alertsLost, long duplicateAlertRows, long unexpectedAlerts,
        long alertsMissingOnTopic, long duplicateAlertEvents, long validDeadLettered, double settleSeconds,
        boolean settled) {

    /** The targets every case must meet: nothing lost, no alert twice in the database, no valid event dead. */
    List<String> misses() {
        List<String> misses = new ArrayList<>();
        miss(misses, alertsLost, "alerts lost");
        miss(misses, duplicateAlertRows, "duplicate alert rows");
        miss(misses, articlesMissingOnTopic, "accepted articles missing on news.articles");
        miss(misses, alertsMissingOnTopic, "alerts missing on news.alerts");
        miss(misses, validDeadLettered, "valid articles dead-lettered");
        return misses;
    }

    private static void miss(List<String> misses, long count, String what) {
        if (count != 0) {
            misses.add(Progress.count(count) + " " + what);
        }
    }
}
