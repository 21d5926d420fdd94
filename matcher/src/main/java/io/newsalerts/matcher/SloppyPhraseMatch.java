package io.newsalerts.matcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.util.PriorityQueue;

/**
 * Whether a sloppy phrase matches one document: a port of Lucene 9.11's {@code SloppyPhraseMatcher}
 * (Apache License 2.0) reduced to what a match decision needs, over position arrays instead of postings. Its
 * quirks are kept on purpose, because Lucene Monitor is the reference: only the least phrase position is
 * advanced, repeated terms are kept apart by the same collision rules, and the same {@link PriorityQueue} is
 * used, so that even its order after a repeat collision is Lucene's. Single-term phrase positions only (the
 * analyzer never stacks tokens, so the parser never builds multi-term phrase positions). Not thread-safe: one
 * per evaluation.
 */
final class SloppyPhraseMatch {

    /** One phrase term's walk through its document positions ({@code PhrasePositions}). */
    private static final class Walker {
        final int offset;
        final int ord;
        final int term;
        final int[] documentPositions;
        int position;
        int count;
        int next;
        int repeatGroup = -1;
        int repeatIndex;

        Walker(int[] documentPositions, int offset, int ord, int term) {
            this.documentPositions = documentPositions;
            this.offset = offset;
            this.ord = ord;
            this.term = term;
        }

        void firstPosition() {
            count = documentPositions.length;
            next = 0;
            nextPosition();
        }

        boolean nextPosition() {
            if (count-- > 0) {
                position = documentPositions[next++] - offset;
                return true;
            }
            return false;
        }

        int documentPosition() {
            return position + offset;
        }
    }

    /** {@code PhraseQueue}: by phrase position, then offset, then ordinal. */
    private static final class Queue extends PriorityQueue<Walker> {
        Queue(int size) {
            super(size);
        }

        @Override
        protected boolean lessThan(Walker a, Walker b) {
            if (a.position == b.position) {
                return a.offset == b.offset ? a.ord < b.ord : a.offset < b.offset;
            }
            return a.position < b.position;
        }
    }

    private final Walker[] walkers;
    private final int slop;
    private final Queue queue;
    private int end;
    private boolean hasRepeats;
    private Walker[][] repeatGroups;
    private Walker[] repeatStack;

    private SloppyPhraseMatch(int[][] positions, int[] offsets, int[] terms, int slop) {
        this.slop = slop;
        this.walkers = new Walker[positions.length];
        for (int i = 0; i < positions.length; i++) {
            walkers[i] = new Walker(positions[i], offsets[i], i, terms[i]);
        }
        this.queue = new Queue(positions.length);
    }

    /**
     * @param positions per phrase term, its ascending positions in the document field (none empty)
     * @param offsets per phrase term, its position in the phrase
     * @param terms per phrase term, an id that is equal for equal terms
     */
    static boolean matches(int[][] positions, int[] offsets, int[] terms, int slop) {
        return new SloppyPhraseMatch(positions, offsets, terms, slop).firstMatch();
    }

    private boolean firstMatch() {
        end = Integer.MIN_VALUE;
        if (!initFirstTime()) {
            return false;
        }
        return nextMatch();
    }

    private boolean nextMatch() {
        Walker walker = queue.pop();
        int matchLength = end - walker.position;
        int next = queue.top().position;
        while (advance(walker)) {
            if (hasRepeats && !advanceRepeats(walker)) {
                break;
            }
            if (walker.position > next) {
                queue.add(walker);
                if (matchLength <= slop) {
                    return true;
                }
                walker = queue.pop();
                next = queue.top().position;
                matchLength = end - walker.position;
            } else {
                matchLength = Math.min(matchLength, end - walker.position);
            }
        }
        return matchLength <= slop;
    }

    private boolean advance(Walker walker) {
        if (!walker.nextPosition()) {
            return false;
        }
        end = Math.max(end, walker.position);
        return true;
    }

    /** After advancing a repeating walker: resolve a collision by advancing the lesser walker, then re-queue. */
    private boolean advanceRepeats(Walker walker) {
        if (walker.repeatGroup < 0) {
            return true;
        }
        Walker[] group = repeatGroups[walker.repeatGroup];
        boolean[] marked = new boolean[group.length];
        int markedCount = 0;
        int original = walker.repeatIndex;
        int colliding;
        while ((colliding = collide(walker)) >= 0) {
            walker = lesser(walker, group[colliding]);
            if (!advance(walker)) {
                return false;
            }
            if (colliding != original && !marked[colliding]) {
                marked[colliding] = true;
                markedCount++;
            }
        }
        // As Lucene does: pop until every marked index was seen, matching by index alone (any group).
        int popped = 0;
        while (markedCount > 0) {
            Walker other = queue.pop();
            repeatStack[popped++] = other;
            if (other.repeatGroup >= 0 && other.repeatIndex < marked.length && marked[other.repeatIndex]) {
                marked[other.repeatIndex] = false;
                markedCount--;
            }
        }
        for (int i = popped - 1; i >= 0; i--) {
            queue.add(repeatStack[i]);
        }
        return true;
    }

    private static Walker lesser(Walker a, Walker b) {
        return a.position < b.position || (a.position == b.position && a.offset < b.offset) ? a : b;
    }

    private int collide(Walker walker) {
        int documentPosition = walker.documentPosition();
        for (Walker other : repeatGroups[walker.repeatGroup]) {
            if (other != walker && other.documentPosition() == documentPosition) {
                return other.repeatIndex;
            }
        }
        return -1;
    }

    private boolean initFirstTime() {
        for (Walker walker : walkers) {
            walker.firstPosition();
        }
        List<Walker> repeating = repeatingWalkers();
        hasRepeats = !repeating.isEmpty();
        if (hasRepeats) {
            repeatStack = new Walker[walkers.length];
            gatherRepeatGroups(repeating);
            if (!advanceRepeatGroups()) {
                return false;
            }
        }
        queue.clear();
        for (Walker walker : walkers) {
            end = Math.max(end, walker.position);
            queue.add(walker);
        }
        return true;
    }

    private List<Walker> repeatingWalkers() {
        List<Walker> repeating = new ArrayList<>();
        for (Walker walker : walkers) {
            for (Walker other : walkers) {
                if (other != walker && other.term == walker.term) {
                    repeating.add(walker);
                    break;
                }
            }
        }
        return repeating;
    }

    /** Groups walkers of one term (same first document position, different offsets), sorted by offset. */
    private void gatherRepeatGroups(List<Walker> repeating) {
        List<List<Walker>> groups = new ArrayList<>();
        for (int i = 0; i < repeating.size(); i++) {
            Walker walker = repeating.get(i);
            if (walker.repeatGroup >= 0) {
                continue;
            }
            int documentPosition = walker.documentPosition();
            for (int j = i + 1; j < repeating.size(); j++) {
                Walker other = repeating.get(j);
                if (other.repeatGroup >= 0 || other.offset == walker.offset
                        || other.documentPosition() != documentPosition) {
                    continue;
                }
                int group = walker.repeatGroup;
                if (group < 0) {
                    group = groups.size();
                    walker.repeatGroup = group;
                    groups.add(new ArrayList<>(List.of(walker)));
                }
                other.repeatGroup = group;
                groups.get(group).add(other);
            }
        }
        repeatGroups = new Walker[groups.size()][];
        for (int i = 0; i < repeatGroups.length; i++) {
            Walker[] group = groups.get(i).toArray(new Walker[0]);
            Arrays.sort(group, Comparator.comparingInt(walker -> walker.offset));
            for (int j = 0; j < group.length; j++) {
                group[j].repeatIndex = j;
            }
            repeatGroups[i] = group;
        }
    }

    /** The j-th walker of a group starts j positions further on, so that no two start on one position. */
    private boolean advanceRepeatGroups() {
        for (Walker[] group : repeatGroups) {
            for (int j = 1; j < group.length; j++) {
                for (int k = 0; k < j; k++) {
                    if (!group[j].nextPosition()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
