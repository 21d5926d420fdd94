package io.newsalerts.harness;

/**
 * Case 7: SIGTERM to ingest-service, then to alert-service, during a paced stream; each is started again as soon
 * as it has exited. A graceful shutdown must drain in-flight work: nothing accepted may be lost.
 */
final class GracefulShutdownCase implements FaultCase {

    @Override
    public int number() {
        return 7;
    }

    @Override
    public String title() {
        return "SIGTERM to each service under load";
    }

    @Override
    public CaseResult run(Stack stack, HarnessSettings settings) throws Exception {
        CaseResult result = new CaseResult(number(), title());
        CaseWorkload workload = stack.subscribe("hxsigterm");
        int count = settings.shutdownArticles();
        ArticleStream stream = new ArticleStream(stack.ingestClient, workload.word(), count, settings.clients(),
                settings.shutdownStream()).start();
        stream.awaitFinished(count / 3, settings.convergence());
        int ingestAt = stream.finished();
        Restarts.Graceful ingest = Restarts.terminateAndRestart(stack.ingest);
        stream.awaitFinished(count * 2 / 3, settings.convergence());
        int alertAt = stream.finished();
        Restarts.Graceful alert = Restarts.terminateAndRestart(stack.alert);
        stream.awaitDone(settings.convergence().plus(settings.shutdownStream()));
        result.delivery(new Verifier(stack).settle(workload, stream, settings.convergence()));
        result.figure("ingest-service", "SIGTERM at " + Progress.count(ingestAt) + " answered: " + ingest.describe());
        result.figure("alert-service", "SIGTERM at " + Progress.count(alertAt) + " answered: " + alert.describe());
        result.figure("clients saw", stream.tally().summary());
        return result;
    }
}
