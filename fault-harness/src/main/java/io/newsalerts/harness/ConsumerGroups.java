package io.newsalerts.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

import io.newsalerts.localinfra.Wait;

/**
 * A consumer group through the Admin API: its members, its lag, and rewinding it to the earliest offsets.
 */
final class ConsumerGroups {

    private static final long TIMEOUT_SECONDS = 10;

    private final Admin admin;

    ConsumerGroups(Admin admin) {
        this.admin = admin;
    }

    /** Records of these topics not yet committed by the group. */
    long lag(String group, List<String> topics) throws Exception {
        Map<TopicPartition, Long> ends = offsets(topics, OffsetSpec.latest());
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += Math.max(0, end.getValue() - (at == null ? 0 : at.offset()));
        }
        return lag;
    }

    /** The member ids of the group now. */
    Set<String> members(String group) throws Exception {
        return description(group).members().stream().map(MemberDescription::consumerId).collect(Collectors.toSet());
    }

    /**
     * Whether the group has settled on members that are all new: stable, not empty, none of {@code before}. After
     * a consumer process was killed, this is when its partitions have been handed to the new process.
     */
    boolean settledWithout(String group, Set<String> before) throws Exception {
        ConsumerGroupDescription description = description(group);
        Set<String> now = description.members().stream().map(MemberDescription::consumerId)
                .collect(Collectors.toSet());
        return description.groupState() == GroupState.STABLE && !now.isEmpty()
                && now.stream().noneMatch(before::contains);
    }

    /** All records of these topics, from their earliest offsets to their ends. */
    long records(List<String> topics) throws Exception {
        Map<TopicPartition, Long> earliest = offsets(topics, OffsetSpec.earliest());
        return offsets(topics, OffsetSpec.latest()).entrySet().stream()
                .mapToLong(e -> e.getValue() - earliest.get(e.getKey())).sum();
    }

    /**
     * Sets the group's offsets of these topics to their earliest, so that its next consumer replays them all.
     * The group must have no members; a member that is still leaving is waited for up to {@code timeout}.
     */
    void rewind(String group, List<String> topics, Duration timeout) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
        offsets(topics, OffsetSpec.earliest()).forEach((partition, offset) ->
                earliest.put(partition, new OffsetAndMetadata(offset)));
        List<String> failures = new ArrayList<>();
        boolean done = Wait.until(timeout, () -> {
            try {
                admin.alterConsumerGroupOffsets(group, earliest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                return true;
            } catch (Exception e) {
                failures.add(String.valueOf(e.getMessage()));
                return false;
            }
        });
        if (!done) {
            throw new IllegalStateException("could not rewind group " + group + ": " + failures);
        }
    }

    private ConsumerGroupDescription description(String group) throws Exception {
        return admin.describeConsumerGroups(List.of(group)).describedGroups().get(group)
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private Map<TopicPartition, Long> offsets(List<String> topics, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        Map<String, TopicDescription> descriptions = admin.describeTopics(topics)
                .allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        descriptions.values().forEach(topic -> topic.partitions().forEach(p ->
                request.put(new TopicPartition(topic.name(), p.partition()), spec)));
        Map<TopicPartition, ListOffsetsResultInfo> result = admin.listOffsets(request).all()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }
}
