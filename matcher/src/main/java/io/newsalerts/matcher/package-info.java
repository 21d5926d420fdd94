/**
 * The query language of news alerts and the matching of events against stored subscriptions. Plain Java
 * over Lucene; it knows nothing of Quarkus, Kafka or the database.
 *
 * <h2>Reference semantics</h2>
 * A query means what Lucene's classic {@code QueryParser} (default operator AND, default field
 * {@code text}) makes of it, evaluated over the analyzed event as Lucene Monitor would. Every matcher here
 * must agree with that reference; {@code MonitorReferenceTest} and {@code MonitorDifferentialIT} check it on
 * generated and hand-written queries and events, real news included.
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
 * <h2>The indexed matcher</h2>
 * {@link io.newsalerts.matcher.IndexedMatcher} gives the same answers (the contract suite and
 * {@code MonitorDifferentialIT} hold it to that) at a cost that grows with the subscriptions a document could
 * match rather than with all of them. Candidate pre-filtering, then exact verification:
 * <ol>
 *   <li><b>Plans.</b> {@code PlanCompiler} turns each parsed Lucene query into a plan: the same boolean tree
 *   (term, phrase with slop, prefix; field-scoped; clause order kept) packed into one {@code int[]}
 *   ({@code PlanCode}), with strings as ids of a shared, reference-counted {@code Vocabulary}. No Lucene object is
 *   kept per subscription. A query the compiler cannot represent (no query from
 *   {@link io.newsalerts.matcher.QueryCompiler} is one) is run with Lucene on every document instead, and counted
 *   in {@code stats().luceneQueries()}.</li>
 *   <li><b>One copy per query.</b> Plans are stored once per (plan, filter) pair ({@code PlanTable}) and fan out
 *   to all their subscriptions, so {@code Netflix's AI} and {@code netflix ai} from a thousand subscribers are
 *   verified once.</li>
 *   <li><b>Anchors.</b> Each plan is registered under a few anchor keys ({@code AnchorChoice},
 *   {@code AnchorIndex}) such that every document it matches has at least one: a conjunction uses its cheapest
 *   MUST clause's anchors, a disjunction the union of its clauses', a phrase its rarest term, a prefix the key of
 *   its first {@value io.newsalerts.matcher.IndexedMatcher#PREFIX_KEY_LENGTH} code points; negations never anchor
 *   and a plan that can never match has no anchor. Keys include the field, so {@code title:} queries only wake up
 *   on title terms. No plan is an "always candidate". Each posting also carries a filter, the rarest other term or
 *   prefix key the plan requires, which the document is checked for before the plan is even loaded. The cost
 *   that picks anchors is the expected number of documents that pass anchor and filter, from a pluggable
 *   {@link io.newsalerts.matcher.TermStatistics}: by default document frequencies counted in a small sketch over
 *   the documents seen so far (all of the first 10,000, then one in eight), unknown terms counted as rare and
 *   longer strings as rarer. Warm it with {@link io.newsalerts.matcher.IndexedMatcher#warm} (recent events, such
 *   as the ones kept for preview) before a bulk load; plans keep the anchors chosen when they were stored.</li>
 *   <li><b>Documents.</b> Each document is analyzed once ({@code AnalyzedDocument}): every field value goes
 *   through the analyzer once and yields, per distinct term, its fields and positions numbered exactly as
 *   {@code MemoryIndex} numbers them (so the {@code text} field keeps the position gap between title and body),
 *   and each prose field's token offsets for snippets. Its terms are then looked up in the vocabulary, and their
 *   prefix keys too when plans have prefixes.</li>
 *   <li><b>Candidates.</b> The document's (field, term) and (field, prefix key) pairs select posting lists;
 *   each plan is taken once (a bit set over plan ids) and only if its filter is in the document.</li>
 *   <li><b>Verification.</b> {@code PlanEvaluator} decides each candidate exactly as Lucene would: terms and
 *   prefixes by lookup; exact phrases by positions; sloppy phrases by {@code SloppyPhraseMatch}, a port of
 *   Lucene's {@code SloppyPhraseMatcher} that keeps its quirks with repeated terms ({@code PhraseSemanticsTest}
 *   compares them on thousands of phrases over a four-word vocabulary); boolean groups with Lucene's MUST, SHOULD
 *   and MUST_NOT rules. The structured filter is checked first. Matched terms come from the plan in query order
 *   and the snippet from the analyzed document, with the naive matcher's rules ({@code Snippets}); both are
 *   computed once per matching plan and shared by its subscriptions. A failure is caught per plan, counted once
 *   per subscription of the plan, and logged; the other plans go on.</li>
 *   <li><b>Batches.</b> {@code match(List)} analyzes a batch first and then matches each document with the same
 *   scratch state.</li>
 * </ol>
 *
 * <h2>Changes while matching</h2>
 * Writers ({@code put}, {@code remove}) take a {@link java.util.concurrent.locks.StampedLock}'s write lock and
 * change the index in place: a few microseconds, no rebuild (a posting list is appended to or has one entry
 * swapped out; a vocabulary entry is added or dropped with its last reference). Matching reads without locking
 * and validates the stamp afterwards; if a write happened meanwhile, the lookup (not the analysis) is repeated,
 * and after two collisions it runs under the read lock. Readers bound every loop by array lengths and discard
 * whatever they computed from a torn view, so a match sees every subscription entirely before or entirely after
 * a change, never half of it.
 *
 * <h2>Memory</h2>
 * Per subscription: its id, a hash-map entry, and, for a query nobody else has, a {@code Plan} (40-56 bytes), its
 * code (a few ints per clause), its anchor keys and about one posting (two ints). The benchmark
 * ({@code matcher-benchmark}) measures this after full garbage collections.
 */
package io.newsalerts.matcher;
