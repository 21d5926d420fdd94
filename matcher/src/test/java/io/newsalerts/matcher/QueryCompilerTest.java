package io.newsalerts.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The query language: what compiles, what is rejected, with which reason and position. */
class QueryCompilerTest {

    @ParameterizedTest
    @ValueSource(strings = {"Netflix AI", "\"machine learning platform\"", "\"SAG strike\"~5", "strike OR walkout",
        "Netflix NOT rumor", "Netflix -rumor", "Netflix AND -rumor", "(strike OR walkout) AND Hollywood", "strik*",
        "title:Netflix", "company:Netflix", "location:California", "source:Gizmodo", "author:Hurler",
        "summary:AI", "body:strike", "description:platform", "title:(Netflix OR Apple)", "Netflix's", "café",
        "SAG-AFTRA", "+Netflix AI", "Netflix && AI || Apple", "!rumor Netflix", "\"(\" Netflix", "C\\+\\+",
        "\"strike\"~2", "-rumor Netflix", "Netflix\nAI"})
    void acceptsTheLanguage(String query) {
        CompiledQuery compiled = QueryCompiler.compile(query);
        assertThat(compiled.text()).isEqualTo(query);
        assertThat(compiled.luceneQuery()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Netflix AI", "\"SAG strike\"~5", "(strike OR walkout) AND -rumor", "strik* title:AI",
        "SAG-AFTRA strike", "Netflix's café"})
    void compilesToWhatTheClassicParserMakesOfTheQuery(String query) throws Exception {
        QueryParser reference = new QueryParser(NewsFields.TEXT, new NewsAnalyzer());
        reference.setDefaultOperator(QueryParser.Operator.AND);
        assertThat(QueryCompiler.compile(query).luceneQuery()).isEqualTo(reference.parse(query));
    }

    static Stream<Arguments> rejectedQueries() {
        return Stream.of(
                arguments("", 0, "empty"),
                arguments("   ", 0, "empty"),
                arguments("Netflix \"AI strike", 8, "quotes"),
                arguments("\"a\" \"b", 4, "quotes"),
                arguments("(Netflix AI", 0, "'(' is never closed"),
                arguments("Netflix AI)", 10, "')' has no '('"),
                arguments("(a (b)", 0, "'(' is never closed"),
                arguments("NOT rumor", 0, "only negations"),
                arguments("-rumor", 0, "only negations"),
                arguments("-a -b", 0, "only negations"),
                arguments("  !rumor", 2, "only negations"),
                arguments("Netflix (-strike)", 8, "only negations"),
                arguments("... -strike", 0, "only negations"),
                arguments("st*", 0, "at least 3 characters"),
                arguments("title:st*", 6, "at least 3 characters"),
                arguments("foo:bar", 0, "unknown field 'foo'"),
                arguments("Netflix AND publisher:x", 12, "known fields: title, summary, body"),
                arguments("text:Netflix", 0, "unknown field 'text'"),
                arguments("strike~", 6, "fuzzy"),
                arguments("strike~1", 6, "fuzzy"),
                arguments("Netflix AND strike~", 18, "fuzzy"),
                arguments("[a TO c]", 0, "ranges"),
                arguments("{a TO c}", 0, "ranges"),
                arguments("title:[a TO c]", 6, "ranges"),
                arguments("/str.ke/", 0, "regular expressions"),
                arguments("24/7 support", 2, "regular expressions"),
                arguments("str?ke", 3, "?"),
                arguments("strike?", 6, "?"),
                arguments("*ike", 0, "leading *"),
                arguments("st*ke", 2, "end of a word"),
                arguments("*:*", 0, "lone *"),
                arguments("*", 0, "lone *"),
                arguments("Netflix^2", 7, "boosts"),
                arguments("(a b)^2", 5, "boosts"),
                arguments("\"a b\"^2", 5, "boosts"),
                arguments("\"a b\"~", 5, "whole number"),
                arguments("\"a b\"~1001", 5, "at most 1000"),
                arguments("Netflix AND", 11, "ends too early"),
                arguments("title:", 6, "ends too early"),
                arguments("AND Netflix", 0, "'AND' must stand between two words"),
                arguments("Netflix OR OR AI", 11, "'OR'"),
                arguments("...", 0, "no words"),
                arguments("Netflix\\", 7, "escapes nothing"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("rejectedQueries")
    void rejectsWithReasonAndPosition(String query, int position, String reason) {
        InvalidQueryException e = catchThrowableOfType(() -> QueryCompiler.compile(query), InvalidQueryException.class);
        assertThat(e).as(query).isNotNull();
        assertThat(e.reason()).contains(reason);
        assertThat(e.position()).isEqualTo(position);
        assertThat(e.getMessage()).isEqualTo(e.reason() + " at position " + position);
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> QueryCompiler.compile(null)).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void rejectsQueriesOverAThousandCharacters() {
        String longQuery = "Netflix " + "a".repeat(QueryCompiler.MAX_LENGTH);
        InvalidQueryException e = catchThrowableOfType(() -> QueryCompiler.compile(longQuery),
                InvalidQueryException.class);
        assertThat(e.position()).isEqualTo(QueryCompiler.MAX_LENGTH);
        assertThat(QueryCompiler.compile("a".repeat(QueryCompiler.MAX_LENGTH)).text()).hasSize(1000);
    }

    @Test
    void acceptsSixtyFourClausesAndPointsAtTheSixtyFifth() {
        String sixtyFour = words(64);
        assertThat(QueryCompiler.compile(sixtyFour)).isNotNull();

        String sixtyFive = words(65);
        InvalidQueryException e = catchThrowableOfType(() -> QueryCompiler.compile(sixtyFive),
                InvalidQueryException.class);
        assertThat(e.reason()).contains("65 terms");
        assertThat(e.position()).isEqualTo(sixtyFive.lastIndexOf(' ') + 1);
    }

    @Test
    void countsNegatedAndPhraseClausesToo() {
        String query = words(60) + " -x1 -x2 \"x3 x4\" x5x*";
        assertThat(catchThrowableOfType(() -> QueryCompiler.compile(query + " \"y z\""),
                InvalidQueryException.class).reason()).contains("65 terms");
    }

    @Test
    void positionsCountCharactersAcrossLines() {
        InvalidQueryException e = catchThrowableOfType(() -> QueryCompiler.compile("Netflix\nAND strike~"),
                InvalidQueryException.class);
        assertThat(e.position()).isEqualTo(18);
    }

    @Test
    void noInputEscapesWithAnythingButInvalidQueryException() {
        String alphabet = "ab \"():^~*?[]{}/\\-+!&|";
        String[] pieces = {"AND ", "OR ", "NOT ", "title:", "TO ", "foo:", "strike ", "café ", "\n", "~5", "^2"};
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder query = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int j = 0; j < length; j++) {
                if (random.nextInt(4) == 0) {
                    query.append(pieces[random.nextInt(pieces.length)]);
                } else {
                    query.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String text = query.toString();
            try {
                QueryCompiler.compile(text);
            } catch (InvalidQueryException e) {
                assertThat(e.position()).as(text).isBetween(0, text.length());
            }
        }
    }

    private static String words(int count) {
        return IntStream.range(0, count).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }
}
