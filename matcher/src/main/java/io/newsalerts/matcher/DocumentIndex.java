package io.newsalerts.matcher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * One document analyzed into a Lucene {@link MemoryIndex}, built once and then asked any number of queries.
 * The layout is {@link NewsFields}': {@code text} holds each of the type's text fields as a separate value
 * (so the analyzer's position gap keeps phrases inside one field), and every field is also indexed under its
 * own name for field-qualified queries. Not thread-safe: one per document and thread.
 */
final class DocumentIndex {

    private final MatchDocument document;
    private final IndexSearcher searcher;
    private final LeafReader reader;

    private DocumentIndex(MatchDocument document, IndexSearcher searcher) {
        this.document = document;
        this.searcher = searcher;
        this.reader = searcher.getIndexReader().leaves().get(0).reader();
    }

    /** Analyzes the document. */
    static DocumentIndex of(MatchDocument document) {
        MemoryIndex index = new MemoryIndex();
        for (String source : NewsFields.textSources(document.type())) {
            addIfPresent(index, NewsFields.TEXT, document.field(source));
        }
        for (String field : NewsFields.QUERYABLE) {
            addIfPresent(index, field, document.field(field));
        }
        index.freeze();
        return new DocumentIndex(document, index.createSearcher());
    }

    MatchDocument document() {
        return document;
    }

    /** Whether the query matches the document. */
    boolean matches(Query query) throws IOException {
        return searcher.count(query) > 0;
    }

    /** Whether the document has this analyzed term in this field. */
    boolean contains(Term term) throws IOException {
        Terms terms = reader.terms(term.field());
        return terms != null && terms.iterator().seekExact(term.bytes());
    }

    /** The document's terms in the prefix's field that start with it, in term order. */
    List<String> termsStartingWith(Term prefix) throws IOException {
        List<String> found = new ArrayList<>();
        Terms terms = reader.terms(prefix.field());
        if (terms == null) {
            return found;
        }
        TermsEnum iterator = terms.iterator();
        if (iterator.seekCeil(prefix.bytes()) == TermsEnum.SeekStatus.END) {
            return found;
        }
        for (BytesRef term = iterator.term(); term != null; term = iterator.next()) {
            if (!StringHelper.startsWith(term, prefix.bytes())) {
                break;
            }
            found.add(term.utf8ToString());
        }
        return found;
    }

    private static void addIfPresent(MemoryIndex index, String field, String value) {
        if (value != null) {
            index.addField(field, value, NewsAnalyzer.shared());
        }
    }
}
