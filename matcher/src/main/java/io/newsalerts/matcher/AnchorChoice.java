package io.newsalerts.matcher;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the anchor keys of a plan: a small set of (kind, field, string) keys such that every document the
 * plan matches contains at least one of them. A term anchors itself; a phrase its rarest term; a prefix the key
 * of its first {@value IndexedMatcher#PREFIX_KEY_LENGTH} code points (all of it if shorter); a group with MUST
 * clauses the cheapest of those clauses' choices; a group without them the union of its SHOULD clauses'
 * choices. MUST_NOT clauses never anchor. A plan that can never match (a group of only negations, an empty
 * phrase) gets no anchors and is never a candidate. The cost of a choice is the estimated document frequency
 * of its keys, summed, with shorter strings a little more expensive as a tie-break, so unknown long terms win.
 */
final class AnchorChoice {

    /** One anchor key before it is bound to vocabulary ids. */
    record Anchor(int kind, int field, String text) {
    }

    private record Choice(double cost, List<Anchor> anchors) {
        static final Choice NEVER = new Choice(0, List.of());
    }

    private final PlanTemplate template;
    private final TermStatistics statistics;

    private AnchorChoice(PlanTemplate template, TermStatistics statistics) {
        this.template = template;
        this.statistics = statistics;
    }

    /** The anchors of a plan, distinct; empty only for a plan that can never match. */
    static List<Anchor> of(PlanTemplate template, TermStatistics statistics) {
        Set<Anchor> distinct = new LinkedHashSet<>(new AnchorChoice(template, statistics).choose(0).anchors());
        return List.copyOf(distinct);
    }

    private Choice choose(int at) {
        int[] code = template.code();
        int header = code[at];
        int field = PlanCode.field(header);
        return switch (PlanCode.op(header)) {
            case PlanCode.TERM -> term(field, template.strings().get(code[at + 1]));
            case PlanCode.PREFIX -> prefix(field, template.strings().get(code[at + 1]));
            case PlanCode.PHRASE -> phrase(code, at, field);
            default -> bool(code, at);
        };
    }

    private Choice term(int field, String term) {
        double cost = statistics.documentFrequency(term) + tieBreak(term);
        return new Choice(cost, List.of(new Anchor(AnchorIndex.TERM, field, term)));
    }

    private Choice prefix(int field, String prefix) {
        int cut = Prefixes.cut(prefix, IndexedMatcher.PREFIX_KEY_LENGTH);
        String key = cut < 0 ? prefix : prefix.substring(0, cut);
        double cost = statistics.prefixFrequency(key) + tieBreak(key);
        return new Choice(cost, List.of(new Anchor(AnchorIndex.PREFIX, field, key)));
    }

    private Choice phrase(int[] code, int at, int field) {
        Choice best = null;
        for (int i = 0; i < code[at + 2]; i++) {
            Choice choice = term(field, template.strings().get(code[at + 3 + 2 * i]));
            if (best == null || choice.cost() < best.cost()) {
                best = choice;
            }
        }
        return best;
    }

    private Choice bool(int[] code, int at) {
        Choice cheapestMust = null;
        double shouldCost = 0;
        List<Anchor> shouldAnchors = new ArrayList<>();
        int child = at + 2;
        for (int i = 0; i < code[at + 1]; i++) {
            int occur = PlanCode.occur(code[child]);
            if (occur == PlanCode.MUST) {
                Choice choice = choose(child);
                if (cheapestMust == null || choice.cost() < cheapestMust.cost()) {
                    cheapestMust = choice;
                }
            } else if (occur == PlanCode.SHOULD && cheapestMust == null) {
                Choice choice = choose(child);
                shouldCost += choice.cost();
                shouldAnchors.addAll(choice.anchors());
            }
            child += PlanCode.length(code[child]);
        }
        if (cheapestMust != null) {
            return cheapestMust;
        }
        return shouldAnchors.isEmpty() ? Choice.NEVER : new Choice(shouldCost, shouldAnchors);
    }

    /** Between 0 and 0.5, less for longer strings: among unknown terms, the longest is taken as the rarest. */
    private static double tieBreak(String text) {
        return 1.0 / (2 + text.length());
    }
}
