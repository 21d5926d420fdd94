package io.newsalerts.alert.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The lock order of a batch's alerts, and which of them become "also in" members of their story's alert. */
class StoryMembersTest {

    @Test
    void alertsAreInsertedBySubscriptionAndStoryKeepingTheBatchOrderOfCopies() {
        AlertWriter.AlertRow bSecond = row("sub-b", 1, "story-2");
        AlertWriter.AlertRow aFirstCopy = row("sub-a", 2, "story-1");
        AlertWriter.AlertRow aUncollapsed = row("sub-a", 3, null);
        AlertWriter.AlertRow bFirst = row("sub-b", 4, "story-1");
        AlertWriter.AlertRow aSecondCopy = row("sub-a", 5, "story-1");
        AlertWriter.AlertRow bUncollapsed = row("sub-b", 6, null);

        List<AlertWriter.AlertRow> ordered = StoryMembers.inLockOrder(
                List.of(bSecond, bUncollapsed, aFirstCopy, aUncollapsed, bFirst, aSecondCopy));

        assertThat(ordered).as("uncollapsed alerts take no story key: first, in batch order")
                .containsExactly(bUncollapsed, aUncollapsed, aFirstCopy, aSecondCopy, bFirst, bSecond);
    }

    @Test
    void twoBatchesWithTheSameStoriesInOppositeOrdersTakeTheirKeysInTheSameOrder() {
        List<AlertWriter.AlertRow> one = List.of(row("sub-a", 1, "story-1"), row("sub-a", 2, "story-2"));
        List<AlertWriter.AlertRow> other = List.of(row("sub-a", 3, "story-2"), row("sub-a", 4, "story-1"));

        assertThat(StoryMembers.inLockOrder(one)).extracting(AlertWriter.AlertRow::storyId)
                .containsExactlyElementsOf(StoryMembers.inLockOrder(other).stream()
                        .map(AlertWriter.AlertRow::storyId).toList())
                .containsExactly("story-1", "story-2");
    }

    @Test
    void whenEveryAlertWasRecordedThereAreNoMembers() {
        List<AlertWriter.AlertRow> alerts = List.of(row("sub-a", 1, "story-1"), row("sub-b", 1, null));

        assertThat(StoryMembers.members(alerts, List.of(new StoryMembers.Inserted("sub-a", 1),
                new StoryMembers.Inserted("sub-b", 1)))).isEmpty();
    }

    @Test
    void theCollapsedAlertsThatWereNotRecordedAreTheMembers() {
        AlertWriter.AlertRow first = row("sub-a", 1, "story-1");
        AlertWriter.AlertRow copy = row("sub-a", 2, "story-1");
        AlertWriter.AlertRow copyOfAnEarlierBatch = row("sub-b", 2, "story-1");
        AlertWriter.AlertRow ofADeletedSubscription = row("sub-gone", 2, null);

        List<AlertWriter.AlertRow> members = StoryMembers.members(
                List.of(first, copy, copyOfAnEarlierBatch, ofADeletedSubscription),
                List.of(new StoryMembers.Inserted("sub-a", 1)));

        assertThat(members).as("an uncollapsed alert that was skipped belongs to no story")
                .containsExactly(copy, copyOfAnEarlierBatch);
    }

    private static AlertWriter.AlertRow row(String subscriptionId, long eventSeq, String storyId) {
        return new AlertWriter.AlertRow(subscriptionId, "subscriber", eventSeq, "[]", null, storyId);
    }
}
