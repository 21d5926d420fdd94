package io.newsalerts.matcher;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.Query;

/** Runs one subscription's Lucene query against a document's {@link DocumentIndex}: the naive way to match. */
final class LuceneMatch {

    private LuceneMatch() {
    }

    /**
     * The subscription's match, with matched terms and snippet, if its query matches; the filter is the
     * caller's to check.
     *
     * @throws Exception whatever running the query throws
     */
    static Optional<Match> of(Subscription subscription, DocumentIndex index) throws Exception {
        Query query = subscription.query().luceneQuery();
        if (!index.matches(query)) {
            return Optional.empty();
        }
        List<String> terms = MatchedTerms.of(query, index);
        String snippet = Snippets.of(index.document(), new HashSet<>(terms));
        return Optional.of(new Match(subscription.id(), terms, snippet));
    }
}
