package io.newsalerts.matcher;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Which of a query's positive terms a document contains: the analyzed terms of every clause that is not
 * negated, kept if the document has them in the clause's field, and for a prefix the document's terms it
 * matched; distinct, in query order.
 */
final class MatchedTerms {

    private MatchedTerms() {
    }

    static List<String> of(Query query, DocumentIndex index) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        collect(query, index, found);
        return List.copyOf(found);
    }

    private static void collect(Query query, DocumentIndex index, Set<String> found) throws IOException {
        if (query instanceof BooleanQuery bool) {
            for (BooleanClause clause : bool.clauses()) {
                if (!clause.isProhibited()) {
                    collect(clause.getQuery(), index, found);
                }
            }
        } else if (query instanceof TermQuery term) {
            addIfPresent(term.getTerm(), index, found);
        } else if (query instanceof PhraseQuery phrase) {
            for (Term term : phrase.getTerms()) {
                addIfPresent(term, index, found);
            }
        } else if (query instanceof MultiPhraseQuery phrase) {
            for (Term[] position : phrase.getTermArrays()) {
                for (Term term : position) {
                    addIfPresent(term, index, found);
                }
            }
        } else if (query instanceof SynonymQuery synonyms) {
            for (Term term : synonyms.getTerms()) {
                addIfPresent(term, index, found);
            }
        } else if (query instanceof PrefixQuery prefix) {
            found.addAll(index.termsStartingWith(prefix.getPrefix()));
        } else if (query instanceof BoostQuery boost) {
            collect(boost.getQuery(), index, found);
        }
    }

    private static void addIfPresent(Term term, DocumentIndex index, Set<String> found) throws IOException {
        if (index.contains(term)) {
            found.add(term.text());
        }
    }
}
