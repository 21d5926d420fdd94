package io.newsalerts.matcher;

import java.lang.System.Logger.Level;
import org.apache.lucene.search.Query;

/**
 * Compiles and validates subscription queries (see {@code CONTRACT.md}, "Query language"). Stateless and
 * thread-safe.
 */
public final class QueryCompiler {

    /** The longest query accepted, in characters. */
    public static final int MAX_LENGTH = 1_000;

    private static final System.Logger LOG = System.getLogger(QueryCompiler.class.getName());

    private QueryCompiler() {
    }

    /**
     * Parses a query with Lucene's classic syntax (default operator AND, default field {@code text}) after
     * checking it against the language's rules, in this order: not blank, at most {@value #MAX_LENGTH}
     * characters, balanced quotes, then token by token (no fuzzy, range, regular expression, boost, {@code ?}
     * or non-trailing {@code *}, prefixes of 3 characters or more, known fields, balanced parentheses), then
     * the grammar, then the tree (no group of only negations, at most 64 leaf clauses).
     *
     * @param query the query as the subscriber wrote it
     * @return the compiled query, which keeps {@code query} as its text
     * @throws InvalidQueryException naming the first problem found and its 0-based offset in {@code query};
     *     no other exception escapes, whatever the input
     */
    public static CompiledQuery compile(String query) throws InvalidQueryException {
        if (query == null || query.isBlank()) {
            throw new InvalidQueryException("the query is empty", 0);
        }
        if (query.length() > MAX_LENGTH) {
            throw new InvalidQueryException("the query is longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        try {
            QueryTokens tokens = QueryTokens.check(query);
            Query parsed = new RestrictedQueryParser(query, tokens).parseQuery();
            QueryShape.check(parsed, tokens);
            return new CompiledQuery(query, parsed);
        } catch (InvalidQueryException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A gap in the checks above, not the subscriber's fault; still an invalid query to the caller.
            LOG.log(Level.WARNING, "Unexpected failure compiling query: " + query, e);
            throw new InvalidQueryException("the query could not be parsed", 0);
        }
    }
}
