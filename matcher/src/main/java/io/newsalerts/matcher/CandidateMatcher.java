package io.newsalerts.matcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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
    private final KeySet visitedPrefixKeys = new KeySet();
    private boolean dirty;
    long lastCandidates;

    /** A subscription (or a plan's subscriptions) that failed on a document, to be counted and logged. */
    record Failure(String subscriptions, int count, RuntimeException error) {
    }

    List<Match> match(AnalyzedDocument document, SubscriptionIndex index, List<Failure> failures) {
        if (dirty) {
            Arrays.fill(seen, 0);
        }
        dirty = true;
        document.resolve(index.vocabulary);
        collectCandidates(document, index);
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Plan plan = index.plans.get(candidates.get(i));
            if (plan != null) {
                verify(plan, document, index.vocabulary, matches, failures);
            }
        }
        lastCandidates = candidates.size();
        for (int i = 0; i < candidates.size(); i++) {
            seen[candidates.get(i) >>> 6] = 0;
        }
        dirty = false;
        for (Subscription fallback : index.fallbacks()) {
            if (fallback.filter().accepts(document.document())) {
                try {
                    LuceneMatch.of(fallback, document.luceneIndex()).ifPresent(matches::add);
                } catch (Exception e) {
                    failures.add(new Failure(fallback.id(), 1,
                            e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e)));
                }
            }
        }
        matches.sort(Comparator.comparing(Match::subscriptionId));
        return matches;
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
                List<String> terms = hits.stream().map(hit -> hit.text).toList();
                String snippet = Snippets.of(event,
                        (field, text) -> document.firstOccurrence(FieldIds.of(field), hits));
                plan.forEachSubscriber(id -> matches.add(new Match(id, terms, snippet)));
            }
        } catch (RuntimeException e) {
            StringBuilder ids = new StringBuilder();
            plan.forEachSubscriber(id -> ids.append(ids.length() == 0 ? "" : ", ").append(id));
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
        visitedPrefixKeys.clear();
        boolean prefixes = index.hasPrefixAnchors();
        int shortPrefixLengths = index.shortPrefixLengths();
        for (DocTerm term : document.terms()) {
            int id = term.vocabularyId;
            if (id >= 0) {
                int fields = vocabulary.anchorMask(id) & term.fieldMask & 0xFFFF;
                for (; fields != 0; fields &= fields - 1) {
                    add(anchors.postings(AnchorIndex.termKey(Integer.numberOfTrailingZeros(fields), id)));
                }
            }
            if (prefixes) {
                int cut = term.prefixCut();
                if (cut > 0) {
                    addPrefix(term, vocabulary.find(term.text, cut, term.prefixHash()), vocabulary, anchors);
                }
                for (int n = 1; shortPrefixLengths != 0 && n < IndexedMatcher.PREFIX_KEY_LENGTH; n++) {
                    int shortCut = (shortPrefixLengths >>> n & 1) == 0 ? -1 : Prefixes.cut(term.text, n);
                    if (shortCut > 0) {
                        addPrefix(term, vocabulary.find(term.text, shortCut, Prefixes.hash(term.text, shortCut)),
                                vocabulary, anchors);
                    }
                }
            }
        }
    }

    private void addPrefix(DocTerm term, int prefixId, Vocabulary vocabulary, AnchorIndex anchors) {
        if (prefixId < 0) {
            return;
        }
        int fields = (vocabulary.anchorMask(prefixId) >>> 16) & term.fieldMask;
        for (; fields != 0; fields &= fields - 1) {
            int field = Integer.numberOfTrailingZeros(fields);
            if (visitedPrefixKeys.add(prefixId, field)) {
                add(anchors.postings(AnchorIndex.prefixKey(field, prefixId)));
            }
        }
    }

    private void add(int[] postings) {
        if (postings == null) {
            return;
        }
        int length = Math.min(postings[0], postings.length - 1);
        long[] bits = seen;
        for (int i = 1; i <= length; i++) {
            int plan = postings[i];
            int word = plan >>> 6;
            if (word < bits.length && (bits[word] & 1L << plan) == 0) {
                bits[word] |= 1L << plan;
                candidates.add(plan);
            }
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
