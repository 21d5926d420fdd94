package io.newsalerts.matcher;

import java.util.List;

/**
 * Stored subscriptions, matched against documents. Implementations are thread-safe: {@link #put} and
 * {@link #remove} may run while other threads call {@link #match}, which then sees each subscription either
 * before or after the change.
 */
public interface SubscriptionMatcher {

    /** Adds a subscription, or replaces the one with the same id. */
    void put(String subscriptionId, CompiledQuery query, SubscriptionFilter filter);

    /** Removes a subscription; does nothing if there is none with this id. */
    void remove(String subscriptionId);

    /** How many subscriptions are stored. */
    int size();

    /**
     * The subscriptions this document matches: those whose filter accepts it and whose query matches its
     * analyzed text, as Lucene Monitor would decide. A subscription that fails to evaluate is logged, counted
     * in {@link #evaluationFailures()} and left out; it never stops the others.
     *
     * @return the matches, sorted by subscription id
     */
    List<Match> match(MatchDocument document);

    /**
     * Matches a batch of documents (a Kafka poll, say), each as {@link #match(MatchDocument)} would; an
     * implementation may share work across the batch.
     *
     * @return one list of matches per document, in the documents' order
     */
    default List<List<Match>> match(List<MatchDocument> documents) {
        return documents.stream().map(this::match).toList();
    }

    /** How many times evaluating one subscription against one document has failed since creation. */
    long evaluationFailures();
}
