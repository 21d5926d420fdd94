package io.newsalerts.harness;

import java.util.Set;

import io.newsalerts.localinfra.Wait;

/**
 * Case 1: alert-service is killed with SIGKILL twice during a stream of articles and started again at once.
 * Measures, per kill, the seconds until it is ready again, until its consumer group has settled on the new process
 * (consuming again), and until the backlog is caught up: every article accepted before the kill has its alerts
 * recorded. The first kill comes at a fifth of the stream, the second at two thirds but not before the first one's
 * backlog is caught up, so that each kill's figures are its own; the stream is paced to last long enough for both
 * kills to fall inside it.
 */
final class KillAlertServiceCase implements FaultCase {

    @Override
    public int number() {
        return 1;
    }

    @Override
    public String title() {
        return "kill -9 alert-service twice during a stream";
    }

    @Override
    public CaseResult run(Stack stack, HarnessSettings settings) throws Exception {
        CaseResult result = new CaseResult(number(), title());
        CaseWorkload workload = stack.subscribe("hxalertkill");
        int count = settings.killAlertArticles();
        ArticleStream stream = new ArticleStream(stack.ingestClient, workload.word(), count, settings.clients(),
                settings.killAlertStream()).start();
        stream.awaitFinished(count / 5, settings.convergence());
        result.figure("kill 1", killAndRecover(stack, stream, 1, settings));
        stream.awaitFinished(count * 2 / 3, settings.convergence());
        result.figure("kill 2", killAndRecover(stack, stream, 2, settings));
        stream.awaitDone(settings.convergence().plus(settings.killAlertStream()));
        result.delivery(new Verifier(stack).settle(workload, stream, settings.convergence()));
        return result;
    }

    private static String killAndRecover(Stack stack, ArticleStream stream, int kill, HarnessSettings settings)
            throws Exception {
        int answered = stream.finished();
        boolean duringStream = !stream.done();
        Set<String> acceptedBefore = CaseWorkload.eventKeys(stream.acceptedIds());
        Set<String> membersBefore = stack.groups.members(Stack.CONSUMER_GROUP);
        long killedAt = System.nanoTime();
        double ready = Restarts.killAndRestart(stack.alert);
        Wait.require("consumer group settled after kill " + kill, settings.convergence(),
                () -> stack.groups.settledWithout(Stack.CONSUMER_GROUP, membersBefore));
        double consuming = Progress.seconds(killedAt);
        Progress.log("kill %d: consumer group settled on the new alert-service %s after the kill", kill,
                Progress.formatSeconds(consuming));
        Wait.require("backlog of kill " + kill + " caught up", settings.convergence(),
                () -> stack.alerts.processed(acceptedBefore) == acceptedBefore.size());
        double caughtUp = Progress.seconds(killedAt);
        Progress.log("kill %d: the %s articles accepted before it are processed, %s after it", kill,
                Progress.count(acceptedBefore.size()), Progress.formatSeconds(caughtUp));
        return "at " + Progress.count(answered) + " answered" + (duringStream ? "" : " (stream over)")
                + "; ready again " + Progress.formatSeconds(ready) + ", consuming again "
                + Progress.formatSeconds(consuming) + ", backlog caught up " + Progress.formatSeconds(caughtUp)
                + " after the kill";
    }
}
