package io.newsalerts.pipeline;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.newsalerts.localinfra.ServiceProcess;
import io.newsalerts.localinfra.Wait;

/**
 * Runs the phases of one subscription count on its stack: matches the phase's articles for the reference answer,
 * reads CPU times and the services' metrics, sends the articles, waits until every expected alert arrived (or
 * {@link #SETTLE_TIMEOUT}), reads CPU and metrics again, lets {@code news.alerts} go quiet
 * ({@link AlertTap#awaitQuiet}) to catch late extras and duplicates, checks the reference answer against the events
 * as published, and counts the delivery.
 */
final class PhaseRunner {

    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(5);

    private final Http http = new Http();
    private final Map<String, PhaseLedger> ledgers = new LinkedHashMap<>();
    private final int subscriptions;
    private final BenchStack stack;
    private final ArticleTap articles;
    private final AlertTap alerts;
    private final Ticker ticker;
    private long strays;

    PhaseRunner(int subscriptions, BenchStack stack, Taps taps, Ticker ticker) {
        this.subscriptions = subscriptions;
        this.stack = stack;
        this.articles = taps.articles();
        this.alerts = taps.alerts();
        this.ticker = ticker;
    }

    /** Runs one phase and returns its figures. */
    PhaseResult run(String phase, double offeredRate, List<ArticleSource.Article> batch, Load load)
            throws Exception {
        articles.expect(batch);
        CpuMeter cpu = new CpuMeter(stack::processes);
        Map<String, Double> cpuBefore = cpu.read();
        MetricsSnapshot ingestBefore = MetricsSnapshot.scrape(http, stack.ingest().baseUrl());
        MetricsSnapshot alertBefore = alertMetrics();
        PhaseLedger ledger = new PhaseLedger(phase, batch.size());
        ledgers.put(phase, ledger);
        long alertsBefore = alerts.total();
        boolean settled;
        Map<String, Double> cpuSpent;
        ticker.show(() -> progress(ledger, alertsBefore));
        load.send(batch, ledger);
        Set<String> pending = new HashSet<>(ledger.acceptedIds());
        settled = Wait.until(SETTLE_TIMEOUT, () -> {
            pending.removeIf(articleId -> Delivery.complete(articleId, articles, alerts));
            return pending.isEmpty();
        });
        cpuSpent = CpuMeter.between(cpuBefore, cpu.read());
        StageFigures stages = StageFigures.between(ingestBefore, MetricsSnapshot.scrape(http,
                stack.ingest().baseUrl()), alertBefore, alertMetrics());
        alerts.awaitQuiet();
        int wrongAnswers = articles.verify();
        long outside = alerts.outside(ledgers.values().stream().flatMap(known -> known.acceptedIds().stream())
                .toList());
        Delivery delivery = Delivery.of(ledger, articles, alerts).withStrays(outside - strays);
        strays = outside;
        double endToEnd = delivery.expected() == 0 ? Double.NaN
                : (delivery.lastExpectedNanos() - ledger.firstPostNanos()) / 1e9;
        String note = settled ? "" : "not all expected alerts within " + SETTLE_TIMEOUT.toMinutes() + " min";
        if (wrongAnswers > 0) {
            note = (note.isEmpty() ? "" : note + "; ") + wrongAnswers + " events were published with other text than"
                    + " posted: checked against the events' own answer";
        }
        PhaseResult result = new PhaseResult(subscriptions, phase, offeredRate, batch.size(), ledger.accepted(),
                ledger.refusals(), ledger.postingSeconds(), endToEnd, delivery, cpuSpent, stages, note);
        ticker.show(() -> null);
        Log.line("[%s %s] done: %s", Log.size(subscriptions), phase, PipelineReport.summary(result));
        ledger.problems().forEach(problem -> Log.line("[%s %s] refused: %s", Log.size(subscriptions), phase,
                problem));
        return result;
    }

    /** Counts the delivery of an earlier phase again, with whatever has arrived since. */
    Delivery recount(String phase) {
        return Delivery.of(ledgers.get(phase), articles, alerts);
    }

    private MetricsSnapshot alertMetrics() throws InterruptedException {
        MetricsSnapshot all = new MetricsSnapshot();
        for (ServiceProcess replica : stack.alertReplicas()) {
            all = all.plus(MetricsSnapshot.scrape(http, replica.baseUrl()));
        }
        return all;
    }

    private String progress(PhaseLedger ledger, long alertsBefore) {
        double seconds = ledger.answered() == 0 ? 1 : (System.nanoTime() - ledger.firstPostNanos()) / 1e9;
        return String.format(Locale.ROOT, "[%s %s] %,d/%,d answered (%,d accepted%s), %,.0f answers/s; %,d alerts"
                + " received; %,d article events read", Log.size(subscriptions),
                ledger.phase(), ledger.answered(), ledger.articles(), ledger.accepted(),
                ledger.refusals().isEmpty() ? "" : ", refused " + ledger.refusals(),
                ledger.answered() / Math.max(seconds, 1e-9), alerts.total() - alertsBefore, articles.events());
    }
}
