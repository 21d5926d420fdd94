package io.newsalerts.alert.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pure part of recording one alert per story ({@link AlertWriter}).
 *
 * <p><b>Lock order.</b> A collapsed alert's insert takes the unique key (subscription, story); a second transaction
 * inserting the same key waits until the first ends. Two batches that hold copies of the same stories in different
 * orders would each wait for the other: a deadlock. Inserting every batch's alerts in (subscription, story) order
 * makes the waits go one way. The order is stable, so of two copies in one batch the earlier one gets the alert.
 *
 * <p><b>Members.</b> A collapsed alert that the insert skipped lost to the story's first alert, recorded earlier in
 * the same batch or by another (committed) transaction: it becomes an "also in" member of that alert.
 */
final class StoryMembers {

    /** An alert the insert recorded: its subscription and event. */
    record Inserted(String subscriptionId, long eventSeq) {
    }

    private static final Comparator<AlertWriter.AlertRow> LOCK_ORDER = Comparator
            .comparing(AlertWriter.AlertRow::subscriptionId).thenComparing(AlertWriter.AlertRow::storyId);

    private StoryMembers() {
    }

    /**
     * The alerts in the order their inserts must take their keys: those of subscriptions that do not collapse first,
     * as given (they take no story key), then the collapsed ones by subscription and story, stable.
     */
    static List<AlertWriter.AlertRow> inLockOrder(List<AlertWriter.AlertRow> alerts) {
        List<AlertWriter.AlertRow> ordered = new ArrayList<>(alerts.size());
        List<AlertWriter.AlertRow> collapsed = new ArrayList<>();
        for (AlertWriter.AlertRow alert : alerts) {
            (alert.storyId() == null ? ordered : collapsed).add(alert);
        }
        collapsed.sort(LOCK_ORDER);
        ordered.addAll(collapsed);
        return ordered;
    }

    /**
     * The collapsed alerts that were not recorded: later articles of a story that already has its alert. (An alert
     * of a deleted subscription is not recorded either; its story has no alert to join, so it joins nothing.)
     */
    static List<AlertWriter.AlertRow> members(List<AlertWriter.AlertRow> alerts, List<Inserted> inserted) {
        if (inserted.size() == alerts.size()) {
            return List.of();
        }
        Set<Inserted> recorded = new HashSet<>(inserted);
        List<AlertWriter.AlertRow> members = new ArrayList<>();
        for (AlertWriter.AlertRow alert : alerts) {
            if (alert.storyId() != null && !recorded.contains(new Inserted(alert.subscriptionId(), alert.eventSeq()))) {
                members.add(alert);
            }
        }
        return members;
    }
}
