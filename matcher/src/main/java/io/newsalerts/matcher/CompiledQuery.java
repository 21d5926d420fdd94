package io.newsalerts.matcher;

import java.util.Objects;
import org.apache.lucene.search.Query;

/** A validated subscription query: the text the subscriber wrote and the Lucene query it means. */
public final class CompiledQuery {

    private final String text;
    private final Query luceneQuery;

    /** Only {@link QueryCompiler} (and tests in this package) make these, so every one is valid. */
    CompiledQuery(String text, Query luceneQuery) {
        this.text = Objects.requireNonNull(text, "text");
        this.luceneQuery = Objects.requireNonNull(luceneQuery, "luceneQuery");
    }

    /** The query exactly as written. */
    public String text() {
        return text;
    }

    /** The parsed query over the analyzed fields of {@link NewsFields}; immutable and thread-safe. */
    public Query luceneQuery() {
        return luceneQuery;
    }

    @Override
    public String toString() {
        return text;
    }
}
