package io.newsalerts.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one pass alone and measures it: a garbage collection first (so that no pass pays for another's garbage), then
 * the CPU and wall clocks around the pass; shows how far the pass has come to the progress ticker.
 */
final class PassMeter {

    /** The work of a pass: it counts the alerts it has handled in {@code progress}, answers its batch latencies. */
    interface Pass {
        List<Long> run(AtomicInteger progress) throws Exception;
    }

    private final CpuClock clock;
    private final Ticker ticker;

    PassMeter(CpuClock clock, Ticker ticker) {
        this.clock = clock;
        this.ticker = ticker;
    }

    /** Runs {@code pass} over {@code alerts} alerts; its figures per alert. */
    PassCost measure(String name, int alerts, Pass pass) throws Exception {
        AtomicInteger progress = new AtomicInteger();
        ticker.show(() -> String.format(Locale.ROOT, "%s: %,d of %,d alerts", name, progress.get(), alerts));
        System.gc();
        CpuClock.Reading start = clock.read();
        List<Long> latencies = pass.run(progress);
        CpuClock.Reading spent = clock.read().since(start);
        ticker.show(() -> null);
        PassCost cost = PassCost.of(spent, alerts, latencies);
        Log.line("%-26s %,d alerts in %.1f s: CPU µs/alert jvm %.1f, broker %.1f, postgres %.1f, total %.1f;"
                + " batch p50 %.1f ms, p99 %.1f ms", name, alerts, spent.wall() / 1e9, cost.jvm(), cost.broker(),
                cost.postgres(), cost.cpu(), cost.p50(), cost.p99());
        return cost;
    }

    /** CPU per second of wall time of each party while nothing runs, over {@code seconds}: the floor of every pass. */
    CpuClock.Reading idle(int seconds) throws InterruptedException {
        System.gc();
        CpuClock.Reading start = clock.read();
        Thread.sleep(seconds * 1000L);
        CpuClock.Reading spent = clock.read().since(start);
        Log.line("idle for %d s: CPU ms per s jvm %.1f, broker %.1f, postgres %.1f", seconds,
                1e3 * spent.jvm() / spent.wall(), 1e3 * spent.broker() / spent.wall(),
                1e3 * spent.postgres() / spent.wall());
        return spent;
    }
}
