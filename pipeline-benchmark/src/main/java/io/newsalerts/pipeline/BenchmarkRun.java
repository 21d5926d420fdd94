package io.newsalerts.pipeline;

import java.util.List;

import io.newsalerts.matcher.MatchDocument;

/**
 * What every subscription count of one benchmark run shares.
 *
 * @param options the command line
 * @param corpus  the documents the articles and queries come from
 * @param ticker  the progress lines
 * @param notes   notes for the report, added to as the run goes
 */
record BenchmarkRun(PipelineOptions options, List<MatchDocument> corpus, Ticker ticker, List<String> notes) {
}
