package io.newsalerts.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of one case: its delivery figures, its own figures, and the targets it missed. */
final class CaseResult {

    private final int number;
    private final String title;
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();
    private Delivery delivery;

    CaseResult(int number, String title) {
        this.number = number;
        this.title = title;
    }

    /** A case that could not run to its end. */
    static CaseResult failed(FaultCase fault, Exception error) {
        CaseResult result = new CaseResult(fault.number(), fault.title());
        result.misses.add("did not complete: " + error);
        return result;
    }

    void delivery(Delivery figures) {
        this.delivery = figures;
        misses.addAll(figures.misses());
    }

    /** A figure of this case, shown as {@code name: value}. */
    void figure(String name, String value) {
        figures.put(name, value);
    }

    /** A case-specific target: if {@code met} is false, {@code miss} says what went wrong. */
    void target(boolean met, String miss) {
        if (!met) {
            misses.add(miss);
        }
    }

    int number() {
        return number;
    }

    String title() {
        return title;
    }

    Delivery delivery() {
        return delivery;
    }

    Map<String, String> figures() {
        return figures;
    }

    List<String> misses() {
        return misses;
    }

    boolean targetsMet() {
        return misses.isEmpty();
    }
}
