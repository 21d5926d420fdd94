package io.newsalerts.harness;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The table of figures of a harness run, in markdown: one row per case, and whether every target was met. */
final class HarnessReport {

    private static final String DASH = "—";

    private final String mode;
    private final List<CaseResult> results;
    private final double seconds;
    private final Instant finishedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    HarnessReport(String mode, List<CaseResult> results, double seconds) {
        this.mode = mode;
        this.results = List.copyOf(results);
        this.seconds = seconds;
    }

    List<CaseResult> results() {
        return results;
    }

    boolean allTargetsMet() {
        return !results.isEmpty() && results.stream().allMatch(CaseResult::targetsMet);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("Fault harness, ").append(mode).append(" sizes, finished ").append(finishedAt).append(" in ")
                .append(Progress.formatSeconds(seconds)).append(": ")
                .append(allTargetsMet() ? "every target met" : "TARGETS MISSED").append("\n\n");
        out.append("| # | case | accepted / posted | alerts expected | alerts lost | duplicate alert rows"
                + " | accepted articles missing on news.articles | alerts missing on news.alerts"
                + " | duplicate events on news.alerts | figures | targets |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (CaseResult result : results) {
            Delivery d = result.delivery();
            List<String> cells = new ArrayList<>(List.of(Integer.toString(result.number()), result.title()));
            if (d == null) {
                cells.addAll(List.of(DASH, DASH, DASH, DASH, DASH, DASH, DASH));
            } else {
                cells.addAll(List.of(Progress.count(d.accepted()) + " / " + Progress.count(d.posted()),
                        Progress.count(d.expectedAlerts()), Progress.count(d.alertsLost()),
                        Progress.count(d.duplicateAlertRows()), Progress.count(d.articlesMissingOnTopic()),
                        Progress.count(d.alertsMissingOnTopic()), Progress.count(d.duplicateAlertEvents())));
            }
            cells.add(figures(result));
            cells.add(result.targetsMet() ? "met" : "**MISSED**: " + String.join("; ", result.misses()));
            out.append("| ").append(String.join(" | ", cells.stream().map(HarnessReport::escape).toList()))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String figures(CaseResult result) {
        List<String> figures = new ArrayList<>();
        for (Map.Entry<String, String> figure : result.figures().entrySet()) {
            figures.add(figure.getKey() + ": " + figure.getValue());
        }
        Delivery d = result.delivery();
        if (d != null) {
            figures.add(d.settled() ? "all delivered " + Progress.formatSeconds(d.settleSeconds())
                    + " after the stream and the faults" : "NOT all delivered after waiting "
                    + Progress.formatSeconds(d.settleSeconds()));
            if (d.gaveUp() > 0) {
                figures.add("never accepted: " + Progress.count(d.gaveUp()));
            }
            if (d.articleEventsRepeated() > 0) {
                figures.add("article events published twice (same ce_id): "
                        + Progress.count(d.articleEventsRepeated()));
            }
            if (d.unexpectedAlerts() > 0) {
                figures.add("alerts for articles not accepted: " + Progress.count(d.unexpectedAlerts()));
            }
            if (d.validDeadLettered() > 0) {
                figures.add("valid articles dead-lettered: " + Progress.count(d.validDeadLettered()));
            }
        }
        return String.join("; ", figures);
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|").replace("\n", " ");
    }
}
