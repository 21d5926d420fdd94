package io.newsalerts.benchmark;

import io.newsalerts.matcher.CompiledQuery;
import io.newsalerts.matcher.MatchDocument;
import io.newsalerts.matcher.NewsAnalyzer;
import io.newsalerts.matcher.NewsFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.QueryMatch;

/**
 * Lucene Monitor 9.11 with its default presearcher, over the same analyzer, field layout and parsed queries as
 * the matcher: the reference and the baseline.
 */
final class MonitorEngine implements AutoCloseable {

    private static final int REGISTER_BATCH = 10_000;

    private final Monitor monitor;
    private final List<MonitorQuery> pending = new ArrayList<>();

    MonitorEngine() throws IOException {
        monitor = new Monitor(new NewsAnalyzer());
    }

    /** Queues a query; registered in batches, which is how Monitor loads fastest. */
    void register(String id, CompiledQuery query) throws IOException {
        pending.add(new MonitorQuery(id, query.luceneQuery()));
        if (pending.size() == REGISTER_BATCH) {
            flush();
        }
    }

    void flush() throws IOException {
        if (!pending.isEmpty()) {
            monitor.register(pending);
            pending.clear();
        }
    }

    /** The ids of the matching queries; an error in any query fails the benchmark. */
    Set<String> match(MatchDocument document) throws IOException {
        MatchingQueries<QueryMatch> matches = monitor.match(luceneDocument(document), QueryMatch.SIMPLE_MATCHER);
        if (!matches.getErrors().isEmpty()) {
            throw new IllegalStateException("Lucene Monitor errors: " + matches.getErrors());
        }
        Set<String> ids = new TreeSet<>();
        for (QueryMatch match : matches.getMatches()) {
            ids.add(match.getQueryId());
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        monitor.close();
    }

    private static Document luceneDocument(MatchDocument document) {
        Document lucene = new Document();
        for (String source : NewsFields.textSources(document.type())) {
            addIfPresent(lucene, NewsFields.TEXT, document.field(source));
        }
        for (String field : NewsFields.QUERYABLE) {
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
