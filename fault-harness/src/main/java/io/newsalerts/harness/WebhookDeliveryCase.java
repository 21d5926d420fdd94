package io.newsalerts.harness;

import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.newsalerts.localinfra.Wait;

/**
 * Case 8: alert-service is killed with SIGKILL while the alerts of a burst wait to be delivered to a slow webhook
 * endpoint (a {@link WebhookReceiver} on loopback taking {@code webhookCallDelay} per call), and started again at
 * once. Every alert must reach the endpoint afterwards, each call validly signed; repeats are allowed (at least once)
 * and counted. Measures how many alerts were pending at the kill and how long after it the last one arrived.
 */
final class WebhookDeliveryCase implements FaultCase {

    @Override
    public int number() {
        return 8;
    }

    @Override
    public String title() {
        return "kill -9 alert-service with webhook deliveries pending";
    }

    @Override
    public CaseResult run(Stack stack, HarnessSettings settings) throws Exception {
        CaseResult result = new CaseResult(number(), title());
        CaseWorkload workload = stack.subscribe("hxhook");
        try (WebhookReceiver receiver = new WebhookReceiver(settings.webhookCallDelay())) {
            JsonNode webhook = stack.alertApi.createWebhook(receiver.url(), workload.subscriptionIds());
            receiver.secret(webhook.get("secret").asText());
            int count = settings.webhookArticles();
            ArticleStream stream = new ArticleStream(stack.ingestClient, workload.word(), count, settings.clients(),
                    null).start();
            stream.awaitDone(settings.convergence());
            int expected = workload.expectedAlerts(stream.acceptedIds()).size();
            Wait.require("the alerts of " + workload.word() + " recorded", settings.convergence(),
                    () -> stack.alerts.alertIds(workload.subscriptionIds()).size() >= expected);
            int pending = expected - receiver.delivered().size();
            Progress.log("%s: %s alerts recorded, %s of them not yet delivered to the webhook", workload.word(),
                    Progress.count(expected), Progress.count(pending));

            long killedAt = System.nanoTime();
            double ready = Restarts.killAndRestart(stack.alert);
            Set<String> alertIds = stack.alerts.alertIds(workload.subscriptionIds());
            boolean all = Wait.until(settings.convergence(), () -> receiver.delivered().containsAll(alertIds));
            double deliveredAfter = Progress.seconds(killedAt);
            Set<String> missing = new HashSet<>(alertIds);
            missing.removeAll(receiver.delivered());
            Set<String> strangers = new HashSet<>(receiver.delivered());
            strangers.removeAll(alertIds);
            Progress.log("%s: %s of %s alerts delivered to the webhook, %s after the kill; %s calls, %s repeats, %s"
                    + " refused", workload.word(), Progress.count(alertIds.size() - missing.size()),
                    Progress.count(alertIds.size()), Progress.formatSeconds(deliveredAfter),
                    Progress.count(receiver.calls()), Progress.count(receiver.repeats()),
                    Progress.count(receiver.refusals().size()));
            result.delivery(new Verifier(stack).settle(workload, stream, settings.convergence()));
            result.figure("pending at the kill", Progress.count(pending) + " of " + Progress.count(expected)
                    + " alerts");
            result.figure("ready again", Progress.formatSeconds(ready) + " after the kill");
            result.figure("webhook", (all ? "every alert delivered " + Progress.formatSeconds(deliveredAfter)
                    : missing.size() + " alerts never delivered") + " after the kill; "
                    + Progress.count(receiver.calls()) + " calls, " + Progress.count(receiver.repeats())
                    + " repeats, " + receiver.refusals().size() + " badly signed");
            result.target(pending * 2 >= expected, "fewer than half of the alerts were pending at the kill ("
                    + pending + " of " + expected + "): the case proves little");
            result.target(missing.isEmpty(), missing.size() + " alerts never delivered to the webhook");
            result.target(strangers.isEmpty(), strangers.size() + " deliveries of alerts of no such subscription");
            result.target(receiver.refusals().isEmpty(), "calls refused by the receiver: "
                    + receiver.refusals().values().stream().limit(3).toList());
        }
        return result;
    }
}
