package io.newsalerts.harness;

/** Case 2: ingest-service is killed with SIGKILL in the middle of a burst of articles and started again at once. */
final class KillIngestServiceCase implements FaultCase {

    @Override
    public int number() {
        return 2;
    }

    @Override
    public String title() {
        return "kill -9 ingest-service during a burst";
    }

    @Override
    public CaseResult run(Stack stack, HarnessSettings settings) throws Exception {
        CaseResult result = new CaseResult(number(), title());
        CaseWorkload workload = stack.subscribe("hxingestkill");
        int count = settings.killIngestArticles();
        ArticleStream stream = new ArticleStream(stack.ingestClient, workload.word(), count, settings.clients(), null)
                .start();
        stream.awaitFinished(count / 2, settings.convergence());
        int answered = stream.finished();
        double ready = Restarts.killAndRestart(stack.ingest);
        stream.awaitDone(settings.convergence());
        result.delivery(new Verifier(stack).settle(workload, stream, settings.convergence()));
        result.figure("kill", "at " + Progress.count(answered) + " answered; ready again "
                + Progress.formatSeconds(ready) + " after it");
        result.figure("clients saw", stream.tally().summary());
        return result;
    }
}
