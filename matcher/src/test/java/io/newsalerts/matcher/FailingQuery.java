package io.newsalerts.matcher;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/** A query that fails whenever it is run, to show that one broken subscription harms no other. */
final class FailingQuery extends Query {

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        throw new IllegalStateException("this query always fails");
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "FailingQuery";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other);
    }

    @Override
    public int hashCode() {
        return classHash();
    }
}
