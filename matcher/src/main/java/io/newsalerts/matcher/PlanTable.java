package io.newsalerts.matcher;

import java.util.Arrays;

/**
 * The stored plans by id (dense ids, reused after removal, so that per-document scratch can be indexed by
 * them) and a hash table over their code and filter, so that identical queries are stored once. Changed only
 * under the matcher's write lock; {@link #get} may run concurrently in an optimistic read.
 */
final class PlanTable {

    private Plan[] plans = new Plan[1024];
    private int[] freeIds = new int[64];
    private int freeCount;
    private int nextId;
    private int size;
    private int[] byQuery = new int[2048];

    /** The plan with this id, or {@code null}. */
    Plan get(int id) {
        Plan[] current = plans;
        return id < current.length ? current[id] : null;
    }

    /** An upper bound of the ids in use. */
    int capacity() {
        return nextId;
    }

    int size() {
        return size;
    }

    /** The stored plan with this code and filter, or {@code null}. */
    Plan find(int[] code, SubscriptionFilter filter) {
        int hash = Plan.hash(code, filter);
        int mask = byQuery.length - 1;
        for (int slot = Vocabulary.mix(hash) & mask; byQuery[slot] != 0; slot = (slot + 1) & mask) {
            Plan plan = plans[byQuery[slot] - 1];
            if (plan.hash == hash && plan.sameQuery(code, filter)) {
                return plan;
            }
        }
        return null;
    }

    /** A free id for a new plan. */
    int allocateId() {
        int id = freeCount > 0 ? freeIds[--freeCount] : nextId++;
        if (id >= plans.length) {
            plans = Arrays.copyOf(plans, plans.length * 2);
        }
        return id;
    }

    void add(Plan plan) {
        if ((size + 1) * 2 > byQuery.length) {
            rehash(byQuery.length * 2);
        }
        insert(byQuery, plan);
        plans[plan.id] = plan;
        size++;
    }

    void remove(Plan plan) {
        int mask = byQuery.length - 1;
        int slot = Vocabulary.mix(plan.hash) & mask;
        while (byQuery[slot] != plan.id + 1) {
            slot = (slot + 1) & mask;
        }
        int hole = slot;
        for (int next = (hole + 1) & mask; byQuery[next] != 0; next = (next + 1) & mask) {
            int home = Vocabulary.mix(plans[byQuery[next] - 1].hash) & mask;
            boolean movable = hole <= next ? home <= hole || home > next : home <= hole && home > next;
            if (movable) {
                byQuery[hole] = byQuery[next];
                hole = next;
            }
        }
        byQuery[hole] = 0;
        plans[plan.id] = null;
        if (freeCount == freeIds.length) {
            freeIds = Arrays.copyOf(freeIds, freeCount * 2);
        }
        freeIds[freeCount++] = plan.id;
        size--;
    }

    private void rehash(int capacity) {
        int[] table = new int[capacity];
        for (int entry : byQuery) {
            if (entry != 0) {
                insert(table, plans[entry - 1]);
            }
        }
        byQuery = table;
    }

    private static void insert(int[] table, Plan plan) {
        int mask = table.length - 1;
        int slot = Vocabulary.mix(plan.hash) & mask;
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = plan.id + 1;
    }
}
