package io.newsalerts.ingest.problem;

import io.newsalerts.edge.problem.ProblemException;

/** A feed registration for a URL that is registered already; answered with 409 naming the existing feed. */
public class DuplicateFeedException extends ProblemException {

    public DuplicateFeedException(String existingId) {
        super(IngestProblems.duplicateFeed(existingId));
    }
}
