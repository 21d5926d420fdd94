package io.newsalerts.matcher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Chooses the anchor keys of a plan: a small set of (kind, field, string) keys such that every document the
 * plan matches contains at least one of them. A term anchors itself; a phrase its rarest term; a prefix the key
 * of its first {@value IndexedMatcher#PREFIX_KEY_LENGTH} code points (all of it if shorter); a group with MUST
 * clauses the cheapest of those clauses' choices; a group without them the union of its SHOULD clauses'
 * choices. MUST_NOT clauses never anchor. A plan that can never match (a group of only negations, an empty
 * phrase) gets no anchors and is never a candidate.
 *
 * <p>Each anchor also carries a filter: the rarest other key that every match requires (terms, phrase terms and
 * prefix keys reached through MUST clauses only), which the document is checked for before the plan is loaded.
 * A choice costs what it is expected to let through to verification: for each anchor, its estimated document
 * frequency times the fraction of documents that have its filter. Shorter strings cost a little more as a
 * tie-break, so that without statistics the longest terms are taken as the rarest.
 */
final class AnchorChoice {

    /**
     * One anchor key before it is bound to vocabulary ids, with its filter ({@code filterKind} 0 for none).
     */
    record Anchor(int kind, int field, String text, int filterKind, int filterField, String filterText) {
    }

    /** A key every matching document has: a term, or a prefix key, in a field. */
    private record Required(int kind, int field, String text, double cost) {
    }

    private record Choice(double cost, List<Anchor> anchors) {
        static final Choice NEVER = new Choice(0, List.of());
    }

    private final PlanTemplate template;
    private final TermStatistics statistics;
    private final List<Required> required = new ArrayList<>();
    private final double documents;

    private AnchorChoice(PlanTemplate template, TermStatistics statistics) {
        this.template = template;
        this.statistics = statistics;
        this.documents = statistics.documentCount();
        collectRequired(0);
        required.sort(Comparator.comparingDouble(Required::cost));
    }

    /** The anchors of a plan, distinct; empty only for a plan that can never match. */
    static List<Anchor> of(PlanTemplate template, TermStatistics statistics) {
        return List.copyOf(new LinkedHashSet<>(new AnchorChoice(template, statistics).choose(0).anchors()));
    }

    private Choice choose(int at) {
        int[] code = template.code();
        int header = code[at];
        int field = PlanCode.field(header);
        return switch (PlanCode.op(header)) {
            case PlanCode.TERM -> term(field, string(code[at + 1]));
            case PlanCode.PREFIX -> {
                String prefix = string(code[at + 1]);
                yield anchor(AnchorIndex.PREFIX, field, prefixKey(prefix));
            }
            case PlanCode.PHRASE -> phrase(code, at, field);
            default -> bool(code, at);
        };
    }

    private Choice term(int field, String term) {
        return anchor(AnchorIndex.TERM, field, term);
    }

    private Choice phrase(int[] code, int at, int field) {
        Choice best = null;
        for (int i = 0; i < code[at + 2]; i++) {
            Choice choice = term(field, string(code[at + 3 + 2 * i]));
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

    /** An anchor with its filter, costed by what gets through both. */
    private Choice anchor(int kind, int field, String text) {
        Required filter = null;
        for (Required candidate : required) {
            if (candidate.kind() != kind || candidate.field() != field || !candidate.text().equals(text)) {
                filter = candidate;
                break;
            }
        }
        double cost = frequency(kind, text) + tieBreak(text);
        if (filter == null) {
            return new Choice(cost, List.of(new Anchor(kind, field, text, 0, 0, null)));
        }
        double passing = Math.min(1, (frequency(filter.kind(), filter.text()) + 1) / (documents + 1));
        return new Choice(cost * passing,
                List.of(new Anchor(kind, field, text, filter.kind(), filter.field(), filter.text())));
    }

    /** Collects the keys every matching document must have, reached through MUST clauses only. */
    private void collectRequired(int at) {
        int[] code = template.code();
        int header = code[at];
        int field = PlanCode.field(header);
        switch (PlanCode.op(header)) {
            case PlanCode.TERM -> addRequired(AnchorIndex.TERM, field, string(code[at + 1]));
            case PlanCode.PREFIX -> {
                String prefix = string(code[at + 1]);
                if (Prefixes.cut(prefix, IndexedMatcher.PREFIX_KEY_LENGTH) > 0) {
                    // documents know their terms' full-length prefix keys only, so shorter ones cannot filter
                    addRequired(AnchorIndex.PREFIX, field, prefixKey(prefix));
                }
            }
            case PlanCode.PHRASE -> {
                for (int i = 0; i < code[at + 2]; i++) {
                    addRequired(AnchorIndex.TERM, field, string(code[at + 3 + 2 * i]));
                }
            }
            default -> {
                int child = at + 2;
                for (int i = 0; i < code[at + 1]; i++) {
                    if (PlanCode.occur(code[child]) == PlanCode.MUST) {
                        collectRequired(child);
                    }
                    child += PlanCode.length(code[child]);
                }
            }
        }
    }

    private void addRequired(int kind, int field, String text) {
        required.add(new Required(kind, field, text, frequency(kind, text) + tieBreak(text)));
    }

    private double frequency(int kind, String text) {
        return kind == AnchorIndex.TERM ? statistics.documentFrequency(text) : statistics.prefixFrequency(text);
    }

    private String string(int index) {
        return template.strings().get(index);
    }

    /** The prefix's first {@value IndexedMatcher#PREFIX_KEY_LENGTH} code points, or all of it if shorter. */
    static String prefixKey(String prefix) {
        int cut = Prefixes.cut(prefix, IndexedMatcher.PREFIX_KEY_LENGTH);
        return cut < 0 ? prefix : prefix.substring(0, cut);
    }

    /** Between 0 and 0.5, less for longer strings: among unknown terms, the longest is taken as the rarest. */
    private static double tieBreak(String text) {
        return 1.0 / (2 + text.length());
    }
}
