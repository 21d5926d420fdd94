package io.newsalerts.matcher;

import static org.apache.lucene.queryparser.classic.QueryParserConstants.CARAT;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.COLON;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.FUZZY_SLOP;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.PREFIXTERM;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.QUOTED;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.RANGEEX_START;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.RANGEIN_START;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.REGEXPTERM;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.STAR;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.TERM;
import static org.apache.lucene.queryparser.classic.QueryParserConstants.WILDTERM;

import java.util.regex.Pattern;
import org.apache.lucene.queryparser.classic.Token;

/** The rules for single tokens of the classic syntax: which ones the query language refuses, and why. */
final class TokenRules {

    /** The shortest prefix before a trailing {@code *}. */
    static final int MIN_PREFIX_LENGTH = 3;

    /** The largest proximity; well below {@link NewsAnalyzer#POSITION_INCREMENT_GAP}. */
    static final int MAX_PROXIMITY = 1_000;

    static final String FUZZY = "fuzzy terms (~) are not supported";
    static final String RANGE = "ranges ([a TO c], {a TO c}) are not supported";
    static final String REGEXP = "regular expressions (/…/) are not supported; put text with a '/' in quotes";
    static final String BOOST = "boosts (^) are not supported";
    static final String MATCH_ALL = "a lone * (match everything) is not supported";
    static final String QUESTION_MARK = "? wildcards are not supported";
    static final String LEADING_STAR = "leading * wildcards are not supported";
    static final String INNER_STAR = "* is only supported at the end of a word, as a prefix (strik*)";
    static final String SHORT_PREFIX = "a prefix needs at least " + MIN_PREFIX_LENGTH + " characters before *";

    private static final Pattern PROXIMITY = Pattern.compile("~\\d{1,4}");

    private TokenRules() {
    }

    /** Throws if this token, seen between its neighbours, is syntax the language does not offer. */
    static void check(Token token, Token previous, Token next, int at) {
        switch (token.kind) {
            case CARAT -> throw new InvalidQueryException(BOOST, at);
            case RANGEIN_START, RANGEEX_START -> throw new InvalidQueryException(RANGE, at);
            case REGEXPTERM -> throw new InvalidQueryException(REGEXP, at);
            case STAR -> throw new InvalidQueryException(MATCH_ALL, at);
            case WILDTERM -> throw wildcard(token.image, at);
            case FUZZY_SLOP -> checkSlop(token, previous, at);
            case PREFIXTERM -> checkPrefix(token, at);
            case TERM -> checkField(token, next, at);
            default -> {
                // operators, parentheses, quoted phrases: all part of the language
            }
        }
    }

    /** Explains a lexical error of the classic tokenizer at the token starting at {@code start}. */
    static InvalidQueryException lexicalError(String query, int start) {
        if (start < query.length() && query.charAt(start) == '/') {
            return new InvalidQueryException(REGEXP, start);
        }
        if (query.endsWith("\\")) {
            return new InvalidQueryException("a '\\' at the end escapes nothing", query.length() - 1);
        }
        String found = start < query.length() ? "'" + query.charAt(start) + "'" : "end of query";
        return new InvalidQueryException("unexpected character " + found, start);
    }

    /** The text of a token with its backslash escapes resolved. */
    static String unescape(String image) {
        StringBuilder text = new StringBuilder(image.length());
        for (int i = 0; i < image.length(); i++) {
            char c = image.charAt(i);
            if (c == '\\' && i + 1 < image.length()) {
                c = image.charAt(++i);
            }
            text.append(c);
        }
        return text.toString();
    }

    private static InvalidQueryException wildcard(String image, int at) {
        int firstStar = -1;
        for (int i = 0; i < image.length(); i++) {
            char c = image.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '?') {
                return new InvalidQueryException(QUESTION_MARK, at + i);
            } else if (c == '*' && firstStar < 0) {
                firstStar = i;
            }
        }
        return new InvalidQueryException(firstStar == 0 ? LEADING_STAR : INNER_STAR, at + Math.max(firstStar, 0));
    }

    private static void checkSlop(Token token, Token previous, int at) {
        if (previous == null || previous.kind != QUOTED) {
            throw new InvalidQueryException(FUZZY, at);
        }
        if (!PROXIMITY.matcher(token.image).matches()) {
            throw new InvalidQueryException("a proximity must be a whole number of positions, as in \"a b\"~5", at);
        }
        if (Integer.parseInt(token.image.substring(1)) > MAX_PROXIMITY) {
            throw new InvalidQueryException("a proximity can be at most " + MAX_PROXIMITY, at);
        }
    }

    private static void checkPrefix(Token token, int at) {
        String prefix = unescape(token.image.substring(0, token.image.length() - 1));
        if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX_LENGTH) {
            throw new InvalidQueryException(SHORT_PREFIX, at);
        }
    }

    private static void checkField(Token token, Token next, int at) {
        if (next != null && next.kind == COLON) {
            String field = unescape(token.image);
            if (!NewsFields.isQueryable(field)) {
                throw new InvalidQueryException(unknownField(field), at);
            }
        }
    }

    static String unknownField(String field) {
        return "unknown field '" + field + "'; known fields: " + String.join(", ", NewsFields.QUERYABLE);
    }
}
