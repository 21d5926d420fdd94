/**
 * The query language of news alerts and the matching of events against stored subscriptions. Plain Java
 * over Lucene; it knows nothing of Quarkus, Kafka or the database.
 *
 * <h2>Reference semantics</h2>
 * A query means what Lucene's classic {@code QueryParser} (default operator AND, default field
 * {@code text}) makes of it, evaluated over the analyzed event as Lucene Monitor would. Every matcher here
 * must agree with that reference; {@code MonitorReferenceTest} checks it on generated queries and events.
 *
 * <h2>Analysis</h2>
 * {@link io.newsalerts.matcher.NewsAnalyzer} is the one analyzer, for events and queries alike: Unicode
 * word splitting, English possessives ({@code 's} and {@code ’s}), lower case, accent folding
 * ({@code café} = {@code cafe}), minimal English plurals ({@code strikes} = {@code strike}). Its
 * {@code normalize} lower-cases and folds, so prefixes ({@code Café*}) are normalized as documents are.
 *
 * <h2>Fields</h2>
 * {@link io.newsalerts.matcher.NewsFields} is the layout. Unqualified terms search {@code text}, which
 * holds an article's title, summary and body, or a job posting's title, company, location and description,
 * each as a separate value; the analyzer leaves {@value io.newsalerts.matcher.NewsAnalyzer#POSITION_INCREMENT_GAP}
 * positions between values and proximity is capped well below that, so no phrase spans two fields. Every
 * field is also indexed under its own name for {@code title:}, {@code company:} and the like.
 *
 * <h2>Validation</h2>
 * {@link io.newsalerts.matcher.QueryCompiler} rejects what the contract excludes, each with a reason and
 * the 0-based offset of the problem, in three passes: a lexical pass with the classic parser's own tokenizer
 * ({@code QueryTokens}, {@code TokenRules}: quotes, parentheses, fuzzy, ranges, regular expressions,
 * boosts, wildcards, short prefixes, unknown fields), the grammar ({@code RestrictedQueryParser}, a
 * {@code QueryParser} whose factory methods refuse the same syntax again as a backstop, and which rejects
 * groups of only negations), and the tree ({@code QueryShape}: words left after analysis, at most 64 leaf
 * clauses). Lucene's {@code ParseException} never escapes; nothing but
 * {@link io.newsalerts.matcher.InvalidQueryException} does.
 *
 * <h2>The naive matcher</h2>
 * {@link io.newsalerts.matcher.NaiveMatcher} analyzes each event once into a Lucene {@code MemoryIndex}
 * ({@code DocumentIndex}) and, for every stored subscription, checks the cheap
 * {@link io.newsalerts.matcher.SubscriptionFilter} first (type, language, yearly salary in the same
 * currency), then runs the query. A failure is caught, logged and counted per subscription; the others go
 * on. For a match it reports the positive query terms found in the event ({@code MatchedTerms}) and a
 * snippet around the first of them ({@code Snippets}). Cost: one query run per subscription per event.
 *
 * <h2>The indexed matcher (planned)</h2>
 * The same {@link io.newsalerts.matcher.SubscriptionMatcher} interface, built the way Lucene Monitor is:
 * subscriptions' queries are decomposed into their required terms and indexed; an event's terms select the
 * few candidate subscriptions, and only those run their query against the event's {@code DocumentIndex}.
 * Queries without a required term (prefixes, pure OR groups) fall back to an "any" list. Filters, matched
 * terms and snippets are shared with the naive matcher, which stays as the reference it is tested against
 * ({@code SubscriptionMatcherContractTest} and the differential test).
 */
package io.newsalerts.matcher;
