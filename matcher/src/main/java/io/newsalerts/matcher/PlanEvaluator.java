package io.newsalerts.matcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a stored plan against an analyzed document: whether it matches, with Lucene's semantics for each node,
 * and which of its positive terms the document contains, in query order, as {@link MatchedTerms} reports them
 * for the Lucene query. Stateless.
 */
final class PlanEvaluator {

    private PlanEvaluator() {
    }

    static boolean matches(int[] code, AnalyzedDocument document, Vocabulary vocabulary) {
        return matches(code, 0, document, vocabulary);
    }

    /**
     * The document's terms that the plan's clauses that are not negated name (term and phrase terms in their
     * field, every term of the field a prefix expands to, in term order), distinct, in query order.
     */
    static List<DocTerm> matchedTerms(int[] code, AnalyzedDocument document, Vocabulary vocabulary) {
        List<DocTerm> found = new ArrayList<>();
        collect(code, 0, document, vocabulary, found);
        return found;
    }

    private static boolean matches(int[] code, int at, AnalyzedDocument document, Vocabulary vocabulary) {
        int header = code[at];
        int field = PlanCode.field(header);
        return switch (PlanCode.op(header)) {
            case PlanCode.TERM -> document.contains(field, code[at + 1]);
            case PlanCode.PREFIX -> document.hasTermStartingWith(field, vocabulary.string(code[at + 1]), code[at + 2]);
            case PlanCode.PHRASE -> phrase(code, at, field, document);
            default -> bool(code, at, document, vocabulary);
        };
    }

    /** Lucene's BooleanQuery with no minimum: all MUST, no MUST_NOT, and one SHOULD if there is no MUST. */
    private static boolean bool(int[] code, int at, AnalyzedDocument document, Vocabulary vocabulary) {
        int clauses = code[at + 1];
        boolean hasMust = false;
        boolean hasShould = false;
        int child = at + 2;
        for (int i = 0; i < clauses; i++) {
            int occur = PlanCode.occur(code[child]);
            if (occur == PlanCode.MUST) {
                hasMust = true;
                if (!matches(code, child, document, vocabulary)) {
                    return false;
                }
            } else if (occur == PlanCode.SHOULD) {
                hasShould = true;
            }
            child += PlanCode.length(code[child]);
        }
        child = at + 2;
        for (int i = 0; i < clauses; i++) {
            if (PlanCode.occur(code[child]) == PlanCode.MUST_NOT && matches(code, child, document, vocabulary)) {
                return false;
            }
            child += PlanCode.length(code[child]);
        }
        if (hasMust) {
            return true;
        }
        if (!hasShould) {
            return false;
        }
        child = at + 2;
        for (int i = 0; i < clauses; i++) {
            if (PlanCode.occur(code[child]) == PlanCode.SHOULD && matches(code, child, document, vocabulary)) {
                return true;
            }
            child += PlanCode.length(code[child]);
        }
        return false;
    }

    private static boolean phrase(int[] code, int at, int field, AnalyzedDocument document) {
        int slop = code[at + 1];
        int n = code[at + 2];
        int[][] positions = new int[n][];
        int[] offsets = new int[n];
        int[] terms = new int[n];
        for (int i = 0; i < n; i++) {
            terms[i] = code[at + 3 + 2 * i];
            offsets[i] = code[at + 4 + 2 * i];
            DocTerm term = document.term(terms[i]);
            if (term == null || !term.in(field)) {
                return false;
            }
            positions[i] = term.positions(field);
        }
        return slop == 0 ? exactPhrase(positions, offsets) : SloppyPhraseMatch.matches(positions, offsets, terms, slop);
    }

    /** Some start position p has every phrase term i at p + offset i (what Lucene's ExactPhraseMatcher finds). */
    static boolean exactPhrase(int[][] positions, int[] offsets) {
        int lead = 0;
        for (int i = 1; i < positions.length; i++) {
            if (positions[i].length < positions[lead].length) {
                lead = i;
            }
        }
        for (int leadPosition : positions[lead]) {
            int start = leadPosition - offsets[lead];
            boolean all = true;
            for (int i = 0; i < positions.length && all; i++) {
                all = i == lead || Arrays.binarySearch(positions[i], start + offsets[i]) >= 0;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static void collect(int[] code, int at, AnalyzedDocument document, Vocabulary vocabulary,
            List<DocTerm> found) {
        int header = code[at];
        int field = PlanCode.field(header);
        switch (PlanCode.op(header)) {
            case PlanCode.TERM -> addIfIn(document.term(code[at + 1]), field, found);
            case PlanCode.PREFIX -> {
                for (DocTerm term : document.termsStartingWith(field, vocabulary.string(code[at + 1]), code[at + 2])) {
                    addIfIn(term, field, found);
                }
            }
            case PlanCode.PHRASE -> {
                for (int i = 0; i < code[at + 2]; i++) {
                    addIfIn(document.term(code[at + 3 + 2 * i]), field, found);
                }
            }
            default -> {
                int child = at + 2;
                for (int i = 0; i < code[at + 1]; i++) {
                    if (PlanCode.occur(code[child]) != PlanCode.MUST_NOT) {
                        collect(code, child, document, vocabulary, found);
                    }
                    child += PlanCode.length(code[child]);
                }
            }
        }
    }

    private static void addIfIn(DocTerm term, int field, List<DocTerm> found) {
        if (term != null && term.in(field) && !found.contains(term)) {
            found.add(term);
        }
    }
}
