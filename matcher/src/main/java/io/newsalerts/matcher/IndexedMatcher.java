package io.newsalerts.matcher;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.StampedLock;

/**
 * The matcher for many subscriptions: each query compiled into a compact plan, identical plans stored once,
 * every plan registered under a few anchor keys, and each document verified exactly against only the plans its
 * keys select. Same answers as {@link NaiveMatcher}; see the package documentation for the algorithm.
 *
 * <p>Thread-safe. Changes take a write lock for a few microseconds; matching reads without locking and checks
 * afterwards that no change happened meanwhile, repeating the (cheap, analysis excluded) lookup if one did, and
 * after two such collisions reads under the read lock. So a match sees every subscription either entirely before
 * or entirely after any change.
 */
public final class IndexedMatcher implements SubscriptionMatcher {

    /** The length, in code points, of the prefix keys that prefix queries are registered under. */
    public static final int PREFIX_KEY_LENGTH = 3;

    /**
     * Documents observed for term statistics: all of the first ones seen (warm-up or matched), then one in
     * {@link #OBSERVE_EVERY}.
     */
    private static final long OBSERVE_ALL = 10_000;
    private static final int OBSERVE_EVERY = 8;
    private static final int OPTIMISTIC_ATTEMPTS = 2;
    private static final System.Logger LOG = System.getLogger(IndexedMatcher.class.getName());

    private final StampedLock lock = new StampedLock();
    private final SubscriptionIndex index = new SubscriptionIndex();
    private final TermStatistics statistics;
    private final ConcurrentLinkedQueue<CandidateMatcher> idleMatchers = new ConcurrentLinkedQueue<>();
    private final AtomicLong observed = new AtomicLong();
    private final AtomicLong evaluationFailures = new AtomicLong();
    private final LongAdder documents = new LongAdder();
    private final LongAdder candidates = new LongAdder();
    private volatile int size;

    /** A matcher that learns term statistics from the documents it matches ({@link SketchTermStatistics}). */
    public IndexedMatcher() {
        this(new SketchTermStatistics());
    }

    /**
     * @param statistics where rarity estimates come from; it is also told about (a sample of) the documents
     *     this matcher matches
     */
    public IndexedMatcher(TermStatistics statistics) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
    }

    /**
     * Feeds documents to the term statistics without matching them, so that queries added afterwards are
     * registered under terms that are really rare. Call it before a bulk load, with recent events (such as the
     * ones kept for preview); the statistics also keep learning from matched documents (all of the first
     * {@value #OBSERVE_ALL} documents seen, then one in {@value #OBSERVE_EVERY}).
     */
    public void warm(Iterable<MatchDocument> documents) {
        for (MatchDocument document : documents) {
            statistics.observe(AnalyzedDocument.of(document).termTexts());
            observed.incrementAndGet();
        }
    }

    @Override
    public void put(String subscriptionId, CompiledQuery query, SubscriptionFilter filter) {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Subscription subscription = new Subscription(subscriptionId, query, filter);
        SubscriptionFilter planFilter = subscription.filter().equals(SubscriptionFilter.none())
                ? null : subscription.filter();
        PlanTemplate template;
        List<AnchorChoice.Anchor> anchors;
        try {
            template = PlanCompiler.compile(query.luceneQuery());
            anchors = AnchorChoice.of(template, statistics);
        } catch (UnsupportedQueryException e) {
            LOG.log(Level.INFO, () -> "Subscription " + subscriptionId + " is matched with Lucene: " + e.getMessage());
            template = null;
            anchors = null;
        }
        long stamp = lock.writeLock();
        try {
            if (template == null) {
                index.putFallback(subscription);
            } else {
                index.put(subscriptionId, template, anchors, planFilter);
            }
            size = index.size();
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    @Override
    public void remove(String subscriptionId) {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        long stamp = lock.writeLock();
        try {
            index.remove(subscriptionId);
            size = index.size();
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public List<Match> match(MatchDocument document) {
        AnalyzedDocument analyzed = analyze(document);
        CandidateMatcher matcher = borrowMatcher();
        try {
            return match(analyzed, matcher);
        } finally {
            idleMatchers.offer(matcher);
        }
    }

    /** Analyzes the whole batch first, then matches each document with the same scratch. */
    @Override
    public List<List<Match>> match(List<MatchDocument> documents) {
        List<AnalyzedDocument> analyzed = documents.stream().map(this::analyze).toList();
        CandidateMatcher matcher = borrowMatcher();
        try {
            List<List<Match>> matches = new ArrayList<>(analyzed.size());
            for (AnalyzedDocument document : analyzed) {
                matches.add(match(document, matcher));
            }
            return matches;
        } finally {
            idleMatchers.offer(matcher);
        }
    }

    @Override
    public long evaluationFailures() {
        return evaluationFailures.get();
    }

    /** Counters describing the index and the work done so far. */
    public Stats stats() {
        long stamp = lock.readLock();
        try {
            return new Stats(index.size(), index.plans.size(), index.fallbacks().length, index.anchors.keyCount(),
                    index.anchors.postingCount(), index.vocabulary.size(), documents.sum(), candidates.sum());
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /**
     * What the index holds and has done.
     *
     * @param subscriptions stored subscriptions
     * @param uniqueQueries distinct (plan, filter) pairs, each stored and verified once for all its subscriptions
     * @param luceneQueries subscriptions whose query has no plan and is run with Lucene on every document (none
     *     come from {@link QueryCompiler})
     * @param anchorKeys distinct anchor keys
     * @param postings (anchor key, query) entries
     * @param vocabulary distinct strings the plans use
     * @param documents documents matched
     * @param candidates candidate queries verified, summed over documents
     */
    public record Stats(int subscriptions, int uniqueQueries, int luceneQueries, int anchorKeys, long postings,
            int vocabulary, long documents, long candidates) {
    }

    private AnalyzedDocument analyze(MatchDocument document) {
        AnalyzedDocument analyzed = AnalyzedDocument.of(document);
        long seen = observed.getAndIncrement();
        if (seen < OBSERVE_ALL || seen % OBSERVE_EVERY == 0) {
            statistics.observe(analyzed.termTexts());
        }
        return analyzed;
    }

    private List<Match> match(AnalyzedDocument document, CandidateMatcher matcher) {
        for (int attempt = 0; attempt < OPTIMISTIC_ATTEMPTS; attempt++) {
            long stamp = lock.tryOptimisticRead();
            if (stamp == 0) {
                Thread.onSpinWait();
                continue;
            }
            List<CandidateMatcher.Failure> failures = new ArrayList<>();
            List<Match> matches;
            try {
                matches = matcher.match(document, index, failures);
            } catch (RuntimeException e) {
                if (lock.validate(stamp)) {
                    throw e;
                }
                continue; // saw a change half-way: try again
            }
            if (lock.validate(stamp)) {
                return done(document, matcher, matches, failures);
            }
        }
        long stamp = lock.readLock();
        try {
            List<CandidateMatcher.Failure> failures = new ArrayList<>();
            return done(document, matcher, matcher.match(document, index, failures), failures);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private List<Match> done(AnalyzedDocument document, CandidateMatcher matcher, List<Match> matches,
            List<CandidateMatcher.Failure> failures) {
        documents.increment();
        candidates.add(matcher.lastCandidates);
        for (CandidateMatcher.Failure failure : failures) {
            evaluationFailures.addAndGet(failure.count());
            LOG.log(Level.WARNING, () -> "Subscription(s) " + failure.subscriptions() + " failed on document "
                    + document.document().id() + ": " + failure.error(), failure.error());
        }
        return matches;
    }

    private CandidateMatcher borrowMatcher() {
        CandidateMatcher matcher = idleMatchers.poll();
        return matcher != null ? matcher : new CandidateMatcher();
    }
}
