package io.newsalerts.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;

import io.newsalerts.localinfra.ServiceProcess;
import io.newsalerts.localinfra.Wait;

/**
 * When alert-service replicas are ready to be measured: each reports every subscription loaded in its matcher
 * ({@code newsalerts_alerts_subscriptions}), and their consumer group has settled with all their consumers holding
 * partitions.
 */
final class AlertReadiness {

    static final String SUBSCRIPTIONS_GAUGE = "newsalerts_alerts_subscriptions";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final Http http = new Http();

    /** Waits until every replica's matcher holds exactly {@code subscriptions}. */
    void awaitSubscriptions(List<ServiceProcess> replicas, int subscriptions) throws InterruptedException {
        for (ServiceProcess replica : replicas) {
            Wait.require(replica.baseUrl() + " reporting " + subscriptions + " subscriptions", TIMEOUT,
                    () -> loaded(replica) == subscriptions);
        }
    }

    /** The subscriptions the replica's matcher holds now (-1 if it does not say). */
    double loaded(ServiceProcess replica) throws InterruptedException {
        double value = MetricsSnapshot.scrape(http, replica.baseUrl()).sum(SUBSCRIPTIONS_GAUGE);
        return Double.isNaN(value) ? -1 : value;
    }

    /** Waits until the alert-service consumer group is stable; returns its members then. */
    static int awaitStable(Admin admin) throws InterruptedException {
        int[] members = new int[1];
        Wait.require("consumer group " + BenchStack.CONSUMER_GROUP + " stable", TIMEOUT, () -> {
            ConsumerGroupDescription group = describe(admin);
            members[0] = group.members().size();
            return group.groupState() == GroupState.STABLE;
        });
        return members[0];
    }

    /** Waits until the group is stable with {@code members} members, each with partitions assigned. */
    static void awaitMembers(Admin admin, int members) throws InterruptedException {
        Wait.require("consumer group " + BenchStack.CONSUMER_GROUP + " stable with " + members + " members", TIMEOUT,
                () -> {
                    ConsumerGroupDescription group = describe(admin);
                    return group.groupState() == GroupState.STABLE && group.members().size() == members
                            && group.members().stream().noneMatch(m -> m.assignment().topicPartitions().isEmpty());
                });
    }

    private static ConsumerGroupDescription describe(Admin admin) throws Exception {
        return admin.describeConsumerGroups(List.of(BenchStack.CONSUMER_GROUP)).describedGroups()
                .get(BenchStack.CONSUMER_GROUP).get(10, TimeUnit.SECONDS);
    }
}
