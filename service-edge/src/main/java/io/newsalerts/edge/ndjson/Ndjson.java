package io.newsalerts.edge.ndjson;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.problem.Problem;
import io.newsalerts.edge.problem.ProblemException;

/**
 * NDJSON requests and answers: one JSON value per line, lines ended by {@code \n} or {@code \r\n}, blank lines
 * skipped. A request is read whole before any line is acted on, so that a request of too many lines is refused
 * before it changes anything.
 */
public final class Ndjson {

    /** The media type of NDJSON requests and answers. */
    public static final String MEDIA_TYPE = "application/x-ndjson";

    private Ndjson() {
    }

    /** One non-blank line of a request, with its 1-based number in the body. */
    public record Line(int number, String text) {
    }

    /** A line read by {@link #read}: its value, or the problem that makes it invalid on its own. */
    public record Parsed<T>(int line, T value, Problem problem) {

        public boolean isValid() {
            return problem == null;
        }
    }

    /**
     * Reads every line of {@code body} with {@code parser}; a line it refuses with a {@link ProblemException} is
     * answered with that problem, the other lines go on.
     *
     * @throws ProblemException as {@link #lines} does, for the request as a whole
     */
    public static <T> List<Parsed<T>> read(String body, int maxLines, Function<String, T> parser) {
        List<Parsed<T>> parsed = new ArrayList<>();
        for (Line line : lines(body, maxLines)) {
            try {
                parsed.add(new Parsed<>(line.number(), parser.apply(line.text()), null));
            } catch (ProblemException e) {
                parsed.add(new Parsed<>(line.number(), null, e.problem()));
            }
        }
        return parsed;
    }

    /**
     * The non-blank lines of {@code body}.
     *
     * @throws ProblemException 400 if there is none, 413 {@code batch-too-large} if there are more than
     *         {@code maxLines}
     */
    public static List<Line> lines(String body, int maxLines) {
        List<Line> lines = new ArrayList<>();
        // What split("\r?\n") gives, without a regular expression tried at every character of a large body.
        for (int start = 0, number = 1; body != null; number++) {
            int newline = body.indexOf('\n', start);
            int end = newline < 0 ? body.length() : newline > start && body.charAt(newline - 1) == '\r' ? newline - 1
                    : newline;
            String text = body.substring(start, end);
            if (!text.isBlank()) {
                lines.add(new Line(number, text));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        if (lines.isEmpty()) {
            throw ProblemException.invalid(FieldError.DOCUMENT, "is empty; one JSON object per line is required");
        }
        if (lines.size() > maxLines) {
            throw ProblemException.batchTooLarge(lines.size(), maxLines);
        }
        return lines;
    }

    /** The NDJSON answer: each value as JSON on a line of its own. */
    public static String write(List<?> values, ObjectMapper json) {
        StringBuilder answer = new StringBuilder();
        for (Object value : values) {
            try {
                answer.append(json.writeValueAsString(value)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write " + value, e);
            }
        }
        return answer.toString();
    }
}
