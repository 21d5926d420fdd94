package io.newsalerts.matcher;

import static org.apache.lucene.queryparser.classic.QueryParserConstants.COLON;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.EOF;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.LPAREN;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.PREFIXTERM;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.QUOTED;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.RPAREN;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.TERM;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.lucene.queryparser.charstream.FastCharStream;
import org.apache.lucene.queryparser.classic.QueryParserTokenManager;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/**
 * The lexical pass over a query, with the classic parser's own tokenizer: it rejects unbalanced quotes and
 * parentheses and, through {@link TokenRules}, every token the language does not offer, each at its exact
 * position; and it remembers where groups and terms are, so later checks can point into the query too.
 */
final class QueryTokens {

    private final String query;
    private final List<int[]> groups;
    private final List<Integer> operands;

    private QueryTokens(String query, List<int[]> groups, List<Integer> operands) {
        this.query = query;
        this.groups = groups;
        this.operands = operands;
    }

    /** Tokenizes and checks the query; throws {@link InvalidQueryException} at the first problem. */
    static QueryTokens check(String query) {
        requireBalancedQuotes(query);
        List<Token> tokens = new ArrayList<>();
        InvalidQueryException lexicalError = tokenize(query, tokens);
        List<int[]> groups = new ArrayList<>();
        List<Integer> operands = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token previous = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            int at = offset(query, token);
            TokenRules.check(token, previous, next, at);
            if (token.kind == LPAREN) {
                open.push(at);
            } else if (token.kind == RPAREN) {
                if (open.isEmpty()) {
                    throw new InvalidQueryException("unbalanced parentheses: this ')' has no '(' before it", at);
                }
                groups.add(new int[] {open.pop(), at});
            } else if (isOperand(token, next)) {
                operands.add(at);
            }
        }
        if (lexicalError != null) {
            throw lexicalError;
        }
        if (!open.isEmpty()) {
            throw new InvalidQueryException("unbalanced parentheses: this '(' is never closed", open.peek());
        }
        return new QueryTokens(query, groups, operands);
    }

    /**
     * The offset of a token in the query. The parser's {@link FastCharStream} counts every character on
     * line 1, so the column already is the offset; other lines are honoured in case that ever changes.
     */
    static int offset(String query, Token token) {
        int lineStart = 0;
        for (int line = 1; line < token.beginLine && lineStart >= 0; line++) {
            int newline = query.indexOf('\n', lineStart);
            lineStart = newline < 0 ? -1 : newline + 1;
        }
        return Math.min(Math.max(lineStart, 0) + token.beginColumn, query.length());
    }

    /** Where the query's first token starts. */
    int firstOffset() {
        int offset = 0;
        while (offset < query.length() && Character.isWhitespace(query.charAt(offset))) {
            offset++;
        }
        return offset;
    }

    /** The offset of the '(' of the innermost group around this offset, or of the query's start. */
    int groupStartAround(int offset) {
        int start = -1;
        for (int[] group : groups) {
            if (group[0] < offset && offset < group[1] && group[0] > start) {
                start = group[0];
            }
        }
        return start >= 0 ? start : firstOffset();
    }

    /** The offset of the n-th (0-based) term, phrase or prefix in the query, or of the last one. */
    int operandOffset(int n) {
        if (operands.isEmpty()) {
            return firstOffset();
        }
        return operands.get(Math.min(n, operands.size() - 1));
    }

    private static boolean isOperand(Token token, Token next) {
        boolean fieldName = token.kind == TERM && next != null && next.kind == COLON;
        return !fieldName && (token.kind == TERM || token.kind == QUOTED || token.kind == PREFIXTERM);
    }

    /** Quotes first: an open quote swallows the rest of the query, so nothing after it would make sense. */
    private static void requireBalancedQuotes(String query) {
        int openQuote = -1;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                openQuote = openQuote < 0 ? i : -1;
            }
        }
        if (openQuote >= 0) {
            throw new InvalidQueryException("unbalanced quotes: this '\"' is never closed", openQuote);
        }
    }

    /** Fills {@code out} with the tokens up to EOF or the first lexical error, which it returns. */
    private static InvalidQueryException tokenize(String query, List<Token> out) {
        FastCharStream stream = new FastCharStream(new StringReader(query));
        QueryParserTokenManager lexer = new QueryParserTokenManager(stream);
        try {
            for (Token token = lexer.getNextToken(); token.kind != EOF; token = lexer.getNextToken()) {
                out.add(token);
            }
            return null;
        } catch (TokenMgrError e) {
            int start = Math.min(Math.max(stream.getBeginColumn(), 0), query.length());
            return TokenRules.lexicalError(query, start);
        }
    }
}
