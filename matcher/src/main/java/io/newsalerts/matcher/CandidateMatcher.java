package io.newsalerts.matcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches one analyzed document against a {@link SubscriptionIndex}: looks up the document's anchor keys to
 * collect candidate plans (each once), checks each candidate's filter, verifies its plan exactly and, for a
 * match, computes matched terms and snippet once and fans them out to the plan's subscriptions. Reusable
 * scratch (a bit set over plan ids, the candidate list, a set of visited prefix keys): one instance per thread
 * at a time, pooled by {@link IndexedMatcher}. It only reads the index and reports failures to the caller, so
 * a run in an optimistic read can be thrown away and repeated.
 */
final class CandidateMatcher {

    private long[] seen = new long[1024];
    private final IntList candidates = new IntList(1024);
    private final IntList rejected = new IntList(1024);
    private final KeySet visitedPrefixKeys = new KeySet();
    private final Map<Long, String> snippets = new HashMap<>();
    private final LongList sortKeys = new LongList();
    private boolean dirty;
    private Plan[] loaded = new Plan[1024];
    /** Keeps the loads of {@link #loadPlans} from being optimized away. */
    @SuppressWarnings("unused")
    private int touched;
    long lastCandidates;

    /** A subscription (or a plan's subscriptions) that failed on a document, to be counted and logged. */
    record Failure(String subscriptions, int count, RuntimeException error) {
    }

    List<Match> match(AnalyzedDocument document, SubscriptionIndex index, List<Failure> failures) {
        if (dirty) {
            Arrays.fill(seen, 0);
        }
        dirty = true;
        snippets.clear();
        sortKeys.clear();
        document.resolve(index.vocabulary, index.hasPrefixes());
        collectCandidates(document, index);
        List<Match> matches = new ArrayList<>();
        Plan[] plans = loadPlans(index.plans);
        for (int i = 0; i < candidates.size(); i++) {
            if (plans[i] != null) {
                verify(plans[i], document, index.vocabulary, matches, failures);
            }
        }
        lastCandidates = candidates.size();
        for (int i = 0; i < candidates.size(); i++) {
            seen[candidates.get(i) >>> 6] = 0;
        }
        for (int i = 0; i < rejected.size(); i++) {
            seen[rejected.get(i) >>> 6] = 0;
        }
        dirty = false;
        for (Subscription fallback : index.fallbacks()) {
            if (fallback.filter().accepts(document.document())) {
                try {
                    LuceneMatch.of(fallback, document.luceneIndex()).ifPresent(match -> {
                        matches.add(match);
                        sortKeys.add(MatchOrder.key(match.subscriptionId()));
                    });
                } catch (Exception e) {
                    failures.add(new Failure(fallback.id(), 1,
                            e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e)));
                }
            }
        }
        return MatchOrder.sorted(matches, sortKeys.toArray());
    }

    /**
     * The candidates' plans, loaded in a tight loop of independent reads before any is verified: with a million
     * plans each one is a cache miss, and the processor overlaps misses it can see ahead, which it cannot while
     * verifying.
     */
    private Plan[] loadPlans(PlanTable table) {
        if (loaded.length < candidates.size()) {
            loaded = new Plan[Math.max(candidates.size(), loaded.length * 2)];
        }
        int touched = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Plan plan = table.get(candidates.get(i));
            loaded[i] = plan;
            touched += plan == null ? 0 : plan.code.length;
        }
        this.touched = touched;
        return loaded;
    }

    private void verify(Plan plan, AnalyzedDocument document, Vocabulary vocabulary, List<Match> matches,
            List<Failure> failures) {
        MatchDocument event = document.document();
        if (plan.filter != null && !plan.filter.accepts(event)) {
            return;
        }
        try {
            if (PlanEvaluator.matches(plan.code, document, vocabulary)) {
                List<DocTerm> hits = PlanEvaluator.matchedTerms(plan.code, document, vocabulary);
                String[] texts = new String[hits.size()];
                for (int i = 0; i < texts.length; i++) {
                    texts[i] = hits.get(i).text;
                }
                List<String> terms = List.of(texts);
                Snippets.Hit hit = Snippets.firstHit(event,
                        (field, text) -> document.firstOccurrence(FieldIds.of(field), hits));
                String snippet = hit == null ? "" : snippets.computeIfAbsent(
                        (long) FieldIds.of(hit.field()) << 58 | (long) hit.start() << 29 | hit.end(),
                        key -> hit.snippet());
                plan.forEachSubscriber((id, key) -> {
                    matches.add(new Match(id, terms, snippet));
                    sortKeys.add(key);
                });
            }
        } catch (RuntimeException e) {
            StringBuilder ids = new StringBuilder();
            plan.forEachSubscriber((id, key) -> ids.append(ids.length() == 0 ? "" : ", ").append(id));
            failures.add(new Failure(ids.toString(), plan.subscriberCount(), e));
        }
    }

    private void collectCandidates(AnalyzedDocument document, SubscriptionIndex index) {
        Vocabulary vocabulary = index.vocabulary;
        AnchorIndex anchors = index.anchors;
        int capacity = index.plans.capacity();
        if (seen.length * 64 < capacity) {
            seen = new long[(capacity >>> 6) + 1024];
        }
        candidates.clear();
        rejected.clear();
        visitedPrefixKeys.clear();
        boolean prefixes = index.hasPrefixAnchors();
        int shortPrefixLengths = index.shortPrefixLengths();
        for (DocTerm term : document.terms()) {
            int id = term.vocabularyId;
            if (id >= 0) {
                int fields = vocabulary.anchorMask(id) & term.fieldMask & 0xFFFF;
                for (; fields != 0; fields &= fields - 1) {
                    add(anchors.postings(AnchorIndex.termKey(Integer.numberOfTrailingZeros(fields), id)), document);
                }
            }
            if (prefixes) {
                addPrefix(term, term.prefixKeyId, document, vocabulary, anchors);
                for (int n = 1; shortPrefixLengths != 0 && n < IndexedMatcher.PREFIX_KEY_LENGTH; n++) {
                    int shortCut = (shortPrefixLengths >>> n & 1) == 0 ? -1 : Prefixes.cut(term.text, n);
                    if (shortCut > 0) {
                        addPrefix(term, vocabulary.find(term.text, shortCut, Prefixes.hash(term.text, shortCut)),
                                document, vocabulary, anchors);
                    }
                }
            }
        }
    }

    private void addPrefix(DocTerm term, int prefixId, AnalyzedDocument document, Vocabulary vocabulary,
            AnchorIndex anchors) {
        if (prefixId < 0) {
            return;
        }
        int fields = (vocabulary.anchorMask(prefixId) >>> 16) & term.fieldMask;
        for (; fields != 0; fields &= fields - 1) {
            int field = Integer.numberOfTrailingZeros(fields);
            if (visitedPrefixKeys.add(prefixId, field)) {
                add(anchors.postings(AnchorIndex.prefixKey(field, prefixId)), document);
            }
        }
    }

    /** Adds the plans of a posting list not seen yet whose filter term the document has. */
    private void add(int[] postings, AnalyzedDocument document) {
        if (postings == null) {
            return;
        }
        int entries = Math.min(postings[0], (postings.length - 1) / 2);
        long[] bits = seen;
        for (int i = 0; i < entries; i++) {
            int plan = postings[1 + 2 * i];
            int word = plan >>> 6;
            if (word < bits.length && (bits[word] & 1L << plan) == 0) {
                bits[word] |= 1L << plan;
                int filter = postings[2 + 2 * i];
                if (filter < 0 || passes(document, filter)) {
                    candidates.add(plan);
                } else {
                    rejected.add(plan);
                }
            }
        }
    }

    private static boolean passes(AnalyzedDocument document, int filter) {
        int field = AnchorIndex.filterField(filter);
        int id = AnchorIndex.filterId(filter);
        return AnchorIndex.filterIsPrefix(filter) ? document.hasPrefixKey(field, id) : document.contains(field, id);
    }

    /** A growable list of longs. */
    private static final class LongList {
        private long[] values = new long[256];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void clear() {
            size = 0;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A set of (prefix id, field) pairs, cleared in O(1) by a generation stamp. */
    private static final class KeySet {
        private long[] keys = new long[512];
        private int[] generations = new int[512];
        private int generation = 1;
        private int size;

        void clear() {
            if (++generation == Integer.MAX_VALUE) {
                Arrays.fill(generations, 0);
                generation = 1;
            }
            size = 0;
        }

        boolean add(int id, int field) {
            if ((size + 1) * 2 > keys.length) {
                grow();
            }
            long key = (long) id << 8 | field;
            int mask = keys.length - 1;
            int slot = Vocabulary.mix(Long.hashCode(key * 0x9E3779B97F4A7C15L)) & mask;
            while (generations[slot] == generation) {
                if (keys[slot] == key) {
                    return false;
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            generations[slot] = generation;
            size++;
            return true;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldGenerations = generations;
            keys = new long[oldKeys.length * 2];
            generations = new int[oldKeys.length * 2];
            int current = generation;
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldGenerations[i] == current) {
                    add((int) (oldKeys[i] >>> 8), (int) oldKeys[i] & 0xFF);
                }
            }
        }
    }
}
