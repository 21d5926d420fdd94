package io.newsalerts.harness;

import io.newsalerts.localinfra.Wait;

/**
 * Case 6: the source topics replayed from offset 0. alert-service is stopped, its consumer group rewound to the
 * earliest offsets with the Admin API, and started again: it re-reads every event of the run, which must add no
 * alert (nor outbox row) at all.
 */
final class ReplayCase implements FaultCase {

    @Override
    public int number() {
        return 6;
    }

    @Override
    public String title() {
        return "source topics replayed from offset 0";
    }

    @Override
    public CaseResult run(Stack stack, HarnessSettings settings) throws Exception {
        CaseResult result = new CaseResult(number(), title());
        Wait.require("outbox drained before the replay", settings.convergence(),
                () -> stack.alerts.unsentOutboxRows() == 0);
        long rowsBefore = stack.alerts.alertRows();
        long outboxBefore = stack.alerts.outboxRows();
        long eventsBefore = stack.topics.alertRecords();
        int deadBefore = stack.topics.deadLetters().size();
        long records = stack.groups.records(Stack.SOURCE_TOPICS);

        Progress.log("alert-service: SIGTERM before the replay");
        int exitCode = stack.alert.terminate();
        stack.groups.rewind(Stack.CONSUMER_GROUP, Stack.SOURCE_TOPICS, settings.convergence());
        Progress.log("group %s rewound to offset 0 on %s: %s records to replay", Stack.CONSUMER_GROUP,
                String.join(", ", Stack.SOURCE_TOPICS), Progress.count(records));
        long startedAt = System.nanoTime();
        stack.alert.start();
        stack.alert.awaitReady(HarnessSettings.READY_TIMEOUT);
        boolean replayed = Wait.until(settings.convergence(),
                () -> stack.groups.lag(Stack.CONSUMER_GROUP, Stack.SOURCE_TOPICS) == 0);
        double seconds = Progress.seconds(startedAt);
        Wait.until(settings.convergence(), () -> stack.alerts.unsentOutboxRows() == 0);
        long newRows = stack.alerts.alertRows() - rowsBefore;
        long newOutbox = stack.alerts.outboxRows() - outboxBefore;
        long newEvents = stack.topics.alertRecords() - eventsBefore;
        Progress.log("replay %s in %s: %d new alert rows, %d new outbox rows, %d new events on news.alerts",
                replayed ? "done" : "NOT done", Progress.formatSeconds(seconds), newRows, newOutbox, newEvents);

        result.figure("replayed", Progress.count(records) + " records from offset 0, committed to the end "
                + Progress.formatSeconds(seconds) + " after the restart (stopped with exit code " + exitCode + ")");
        result.figure("new alert rows", Long.toString(newRows));
        result.figure("new outbox rows", Long.toString(newOutbox));
        result.figure("new events on news.alerts", Long.toString(newEvents));
        result.figure("dead-lettered again", (stack.topics.deadLetters().size() - deadBefore)
                + " (the poison records, replayed too)");
        result.target(replayed, "the replay was not committed to the end within " + settings.convergence());
        result.target(newRows == 0, newRows + " new alert rows");
        result.target(newOutbox == 0, newOutbox + " new outbox rows");
        return result;
    }
}
