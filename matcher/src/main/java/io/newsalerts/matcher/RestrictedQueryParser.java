package io.newsalerts.matcher;

import static org.apache.lucene.queryparser.classic.QueryParserConstants.AND;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.EOF;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.NOT;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.OR;

import java.util.List;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;

/**
 * The classic parser with default operator AND, minus the syntax the language does not offer. The lexical
 * pass ({@link QueryTokens}) already rejects that syntax with exact positions; the overrides here are the
 * backstop, so that nothing unsupported can reach a {@link CompiledQuery} whatever the lexer let through.
 * Not thread-safe, like its parent: make one per query.
 */
final class RestrictedQueryParser extends QueryParser {

    static final String ONLY_NEGATIONS =
            "a query or group of only negations (NOT, -) matches nothing; add a word it must contain";

    private final String query;
    private final QueryTokens tokens;

    RestrictedQueryParser(String query, QueryTokens tokens) {
        super(NewsFields.TEXT, NewsAnalyzer.shared());
        setDefaultOperator(Operator.AND);
        this.query = query;
        this.tokens = tokens;
    }

    /** Parses the query given at construction; every failure is an {@link InvalidQueryException}. */
    Query parseQuery() {
        try {
            return parse(query);
        } catch (ParseException e) {
            throw translate(e.getCause() instanceof ParseException cause ? cause : e);
        }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        requireKnownField(field);
        return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        requireKnownField(field);
        if (termStr.codePointCount(0, termStr.length()) < TokenRules.MIN_PREFIX_LENGTH) {
            throw new InvalidQueryException(TokenRules.SHORT_PREFIX, currentOffset());
        }
        return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) {
        throw new InvalidQueryException(TokenRules.FUZZY, currentOffset());
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInc, boolean endInc) {
        throw new InvalidQueryException(TokenRules.RANGE, currentOffset());
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) {
        throw new InvalidQueryException(TokenRules.REGEXP, currentOffset());
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) {
        throw new InvalidQueryException(TokenRules.INNER_STAR, currentOffset());
    }

    /** Rejects a query or parenthesised group whose every clause is negated: it could never match. */
    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
        boolean onlyNegations = !clauses.isEmpty()
                && clauses.stream().allMatch(clause -> clause.getOccur() == BooleanClause.Occur.MUST_NOT);
        if (onlyNegations) {
            throw new InvalidQueryException(ONLY_NEGATIONS, tokens.groupStartAround(currentOffset()));
        }
        return super.getBooleanQuery(clauses);
    }

    private void requireKnownField(String field) {
        if (!NewsFields.TEXT.equals(field) && !NewsFields.isQueryable(field)) {
            throw new InvalidQueryException(TokenRules.unknownField(field), currentOffset());
        }
    }

    /** Where the token the parser consumed last starts. */
    private int currentOffset() {
        return token == null ? 0 : QueryTokens.offset(query, token);
    }

    private InvalidQueryException translate(ParseException e) {
        Token unexpected = e.currentToken == null ? null : e.currentToken.next;
        if (unexpected == null) {
            return new InvalidQueryException("the query could not be parsed", 0);
        }
        if (unexpected.kind == EOF) {
            return new InvalidQueryException("the query ends too early", query.stripTrailing().length());
        }
        int at = QueryTokens.offset(query, unexpected);
        if (unexpected.kind == AND || unexpected.kind == OR) {
            return new InvalidQueryException("'" + unexpected.image + "' must stand between two words", at);
        }
        if (unexpected.kind == NOT) {
            return new InvalidQueryException("'" + unexpected.image + "' must come before a word", at);
        }
        return new InvalidQueryException("unexpected '" + unexpected.image + "'", at);
    }
}
