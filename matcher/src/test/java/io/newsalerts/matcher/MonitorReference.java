package io.newsalerts.matcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;

/**
 * Lucene Monitor 9.11 as the reference: queries parsed by a plain classic {@link QueryParser} (default AND) over
 * {@link NewsAnalyzer}, documents laid out as the contract says, written out here rather than borrowed from the
 * code under test.
 */
final class MonitorReference implements AutoCloseable {

    private final Monitor monitor;
    private final QueryParser parser = new QueryParser(NewsFields.TEXT, new NewsAnalyzer());

    MonitorReference() {
        try {
            monitor = new Monitor(new NewsAnalyzer());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        parser.setDefaultOperator(QueryParser.Operator.AND);
    }

    void register(String id, String query) {
        try {
            monitor.register(new MonitorQuery(id, parser.parse(query)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException(query, e);
        }
    }

    /** The ids of the queries the document matches; fails if Monitor reports an error. */
    Set<String> match(MatchDocument document) {
        try {
            MatchingQueries<QueryMatch> matches = monitor.match(luceneDocument(document), QueryMatch.SIMPLE_MATCHER);
            if (!matches.getErrors().isEmpty()) {
                throw new IllegalStateException("Monitor errors: " + matches.getErrors());
            }
            return matches.getMatches().stream().map(QueryMatch::getQueryId)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        monitor.close();
    }

    private static Document luceneDocument(MatchDocument document) {
        List<String> textSources = document.type().equals(MatchDocument.ARTICLE)
                ? List.of("title", "summary", "body")
                : List.of("title", "company", "location", "description");
        Document lucene = new Document();
        for (String source : textSources) {
            addIfPresent(lucene, "text", document.field(source));
        }
        for (String field : List.of("title", "summary", "body", "source", "author", "company", "location",
                "description")) {
            addIfPresent(lucene, field, document.field(field));
        }
        return lucene;
    }

    private static void addIfPresent(Document lucene, String field, String value) {
        if (value != null) {
            lucene.add(new TextField(field, value, Field.Store.NO));
        }
    }
}
