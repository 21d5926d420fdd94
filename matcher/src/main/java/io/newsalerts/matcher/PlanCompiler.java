package io.newsalerts.matcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Compiles a parsed Lucene query into a {@link PlanTemplate}: the same boolean tree, with term, phrase and
 * prefix leaves, field-scoped, and nothing of Lucene kept. Clause order is preserved, because matched terms are
 * reported in query order; a boolean group of one clause that is not negated is replaced by that clause, which
 * changes neither matching nor matched terms. Not thread-safe: one per compilation.
 */
final class PlanCompiler {

    private final IntList code = new IntList(16);
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> stringIndex = new HashMap<>();

    private PlanCompiler() {
    }

    /** @throws UnsupportedQueryException for query types or fields the plan language does not have */
    static PlanTemplate compile(Query query) throws UnsupportedQueryException {
        PlanCompiler compiler = new PlanCompiler();
        compiler.node(query, PlanCode.MUST);
        return new PlanTemplate(compiler.code.toArray(), List.copyOf(compiler.strings));
    }

    private void node(Query query, int occur) throws UnsupportedQueryException {
        if (query instanceof BoostQuery boost) {
            node(boost.getQuery(), occur);
        } else if (query instanceof TermQuery term) {
            leaf(PlanCode.TERM, occur, term.getTerm());
        } else if (query instanceof PrefixQuery prefix) {
            prefix(prefix.getPrefix(), occur);
        } else if (query instanceof PhraseQuery phrase) {
            phrase(phrase, occur);
        } else if (query instanceof SynonymQuery synonyms) {
            synonyms(synonyms, occur);
        } else if (query instanceof BooleanQuery bool) {
            bool(bool, occur);
        } else {
            throw new UnsupportedQueryException(query.getClass().getSimpleName());
        }
    }

    private void leaf(int op, int occur, Term term) throws UnsupportedQueryException {
        code.add(PlanCode.header(op, occur, field(term.field()), 2));
        code.add(string(term.text()));
    }

    private void prefix(Term prefix, int occur) throws UnsupportedQueryException {
        String text = prefix.text();
        int cut = Prefixes.cut(text, IndexedMatcher.PREFIX_KEY_LENGTH);
        code.add(PlanCode.header(PlanCode.PREFIX, occur, field(prefix.field()), 3));
        code.add(string(text));
        code.add(cut < 0 ? -1 : string(text.substring(0, cut)));
    }

    /** Like {@code PhraseQuery.rewrite}: no terms matches nothing, one term is a term query, positions from 0. */
    private void phrase(PhraseQuery phrase, int occur) throws UnsupportedQueryException {
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        if (terms.length == 0) {
            emptyBool(occur);
            return;
        }
        if (terms.length == 1) {
            leaf(PlanCode.TERM, occur, terms[0]);
            return;
        }
        int field = field(phrase.getField());
        code.add(PlanCode.header(PlanCode.PHRASE, occur, field, 3 + 2 * terms.length));
        code.add(phrase.getSlop());
        code.add(terms.length);
        for (int i = 0; i < terms.length; i++) {
            code.add(string(terms[i].text()));
            code.add(positions[i] - positions[0]);
        }
    }

    /** Any of the terms; matched terms list each one present, in order, as for the Lucene query. */
    private void synonyms(SynonymQuery synonyms, int occur) throws UnsupportedQueryException {
        List<Term> terms = synonyms.getTerms();
        int field = field(synonyms.getField());
        int start = code.size();
        code.add(0);
        code.add(terms.size());
        for (Term term : terms) {
            code.add(PlanCode.header(PlanCode.TERM, PlanCode.SHOULD, field, 2));
            code.add(string(term.text()));
        }
        code.set(start, PlanCode.header(PlanCode.BOOL, occur, 0, code.size() - start));
    }

    private void bool(BooleanQuery bool, int occur) throws UnsupportedQueryException {
        if (bool.getMinimumNumberShouldMatch() != 0) {
            throw new UnsupportedQueryException("minimumNumberShouldMatch");
        }
        List<BooleanClause> clauses = bool.clauses();
        if (clauses.size() == 1 && !clauses.get(0).isProhibited()) {
            node(clauses.get(0).getQuery(), occur);
            return;
        }
        int start = code.size();
        code.add(0);
        code.add(clauses.size());
        for (BooleanClause clause : clauses) {
            node(clause.getQuery(), occur(clause.getOccur()));
        }
        code.set(start, PlanCode.header(PlanCode.BOOL, occur, 0, code.size() - start));
    }

    private void emptyBool(int occur) {
        code.add(PlanCode.header(PlanCode.BOOL, occur, 0, 2));
        code.add(0);
    }

    private static int occur(BooleanClause.Occur occur) {
        return switch (occur) {
            case MUST, FILTER -> PlanCode.MUST;
            case SHOULD -> PlanCode.SHOULD;
            case MUST_NOT -> PlanCode.MUST_NOT;
        };
    }

    private static int field(String name) throws UnsupportedQueryException {
        int field = FieldIds.of(name);
        if (field < 0) {
            throw new UnsupportedQueryException("field " + name);
        }
        return field;
    }

    private int string(String text) {
        return stringIndex.computeIfAbsent(text, key -> {
            strings.add(key);
            return strings.size() - 1;
        });
    }
}
