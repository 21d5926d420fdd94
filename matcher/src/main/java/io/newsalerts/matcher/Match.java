package io.newsalerts.matcher;

import java.util.List;
import java.util.Objects;

/**
 * A subscription that a document matched, with the analyzed query terms found in the document (distinct,
 * in query order, e.g. {@code ["netflix", "ai"]}) and a short passage of the document around the first one.
 */
public record Match(String subscriptionId, List<String> matchedTerms, String snippet) {

    public Match {
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        matchedTerms = List.copyOf(matchedTerms);
        Objects.requireNonNull(snippet, "snippet");
    }
}
