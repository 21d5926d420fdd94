package io.newsalerts.matcher;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/** Checks on the parsed query tree: it has words, at most {@value #MAX_CLAUSES} of them, and nothing exotic. */
final class QueryShape {

    /** The most leaf clauses (terms, phrases, prefixes, negated ones included) a query may have. */
    static final int MAX_CLAUSES = 64;

    private QueryShape() {
    }

    /** Throws {@link InvalidQueryException} unless the parsed query is one the matchers can serve. */
    static void check(Query query, QueryTokens tokens) {
        if (query instanceof BooleanQuery bool && bool.clauses().isEmpty()) {
            throw new InvalidQueryException("the query has no words to search for", tokens.firstOffset());
        }
        int clauses = countLeaves(query);
        if (clauses > MAX_CLAUSES) {
            throw new InvalidQueryException("the query has " + clauses + " terms, more than the "
                    + MAX_CLAUSES + " allowed", tokens.operandOffset(MAX_CLAUSES));
        }
        if (!hasPositiveClause(query)) {
            throw new InvalidQueryException(RestrictedQueryParser.ONLY_NEGATIONS, tokens.firstOffset());
        }
    }

    private static int countLeaves(Query query) {
        if (query instanceof BooleanQuery bool) {
            int leaves = 0;
            for (BooleanClause clause : bool.clauses()) {
                leaves += countLeaves(clause.getQuery());
            }
            return leaves;
        }
        if (query instanceof TermQuery || query instanceof PhraseQuery || query instanceof PrefixQuery
                || query instanceof MultiPhraseQuery || query instanceof SynonymQuery) {
            return 1;
        }
        if (query instanceof BoostQuery) {
            throw new InvalidQueryException(TokenRules.BOOST, 0);
        }
        throw new InvalidQueryException("unsupported query: " + query.getClass().getSimpleName(), 0);
    }

    private static boolean hasPositiveClause(Query query) {
        if (!(query instanceof BooleanQuery bool)) {
            return true;
        }
        return bool.clauses().stream()
                .anyMatch(clause -> !clause.isProhibited() && hasPositiveClause(clause.getQuery()));
    }
}
