package io.newsalerts.matcher;

import java.util.Collection;

/**
 * How common analyzed terms are in the events being matched: what {@link IndexedMatcher} uses to register each
 * query under its rarest terms. Estimates only; they decide how many queries are verified per event, never what
 * matches. Implementations must be thread-safe; they may be approximate and may lose concurrent updates.
 */
public interface TermStatistics {

    /** About how many of the observed documents contain this analyzed term, in any field; 0 if unknown. */
    long documentFrequency(String term);

    /**
     * About how many distinct terms of observed documents started with this prefix of
     * {@value IndexedMatcher#PREFIX_KEY_LENGTH} characters, summed over documents; 0 if unknown.
     */
    long prefixFrequency(String prefix);

    /** About how many documents were observed; 0 if none. */
    long documentCount();

    /** Records the distinct analyzed terms (all fields together) of one document. */
    void observe(Collection<String> distinctTerms);
}
