package io.newsalerts.harness;

/**
 * Case 3: the Kafka broker is killed (SIGKILL, a hard bounce) during a paced stream, stays down for the outage,
 * and is started again on the same data. Clients keep posting and retrying; what they saw is tallied.
 */
final class BrokerOutageCase implements FaultCase {

    @Override
    public int number() {
        return 3;
    }

    @Override
    public String title() {
        return "broker down mid-stream, then restarted";
    }

    @Override
    public CaseResult run(Stack stack, HarnessSettings settings) throws Exception {
        CaseResult result = new CaseResult(number(), title());
        CaseWorkload workload = stack.subscribe("hxbrokerdown");
        int count = settings.brokerArticles();
        ArticleStream stream = new ArticleStream(stack.ingestClient, workload.word(), count, settings.clients(),
                settings.brokerStream()).start();
        stream.awaitFinished(count / 5, settings.convergence());
        int answered = stream.finished();
        long killedAt = System.nanoTime();
        stack.broker.kill();
        Progress.log("broker killed (SIGKILL); it stays down for %s",
                Progress.formatSeconds(settings.brokerOutage().toMillis() / 1e3));
        Thread.sleep(settings.brokerOutage().toMillis());
        double down = Progress.seconds(killedAt);
        long restartedAt = System.nanoTime();
        stack.broker.start();
        stack.broker.awaitReady(HarnessSettings.READY_TIMEOUT);
        double back = Progress.seconds(restartedAt);
        Progress.log("broker back after %s down; answering %s after its restart", Progress.formatSeconds(down),
                Progress.formatSeconds(back));
        stream.awaitDone(settings.convergence().plus(settings.brokerStream()));
        result.delivery(new Verifier(stack).settle(workload, stream, settings.convergence()));
        ClientTally tally = stream.tally();
        result.figure("broker", "killed at " + Progress.count(answered) + " answered, down "
                + Progress.formatSeconds(down) + ", answering " + Progress.formatSeconds(back) + " after restart");
        result.figure("clients saw", tally.summary() + "; gave up " + tally.gaveUpCount());
        result.figure("max 503 latency", Progress.formatSeconds(tally.maxMillis("503") / 1e3));
        result.figure("max latency of a 202", Progress.formatSeconds(tally.maxMillis("202") / 1e3));
        return result;
    }
}
