package io.newsalerts.ingest.kafka;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The broker's answer to each event of a batch, in the batch's order: acknowledged, or why not. */
public final class Acknowledgements {

    private final List<String> failures;

    Acknowledgements(String[] failures) {
        this.failures = Collections.unmodifiableList(Arrays.asList(failures.clone()));
    }

    public boolean acknowledged(int index) {
        return failures.get(index) == null;
    }

    /** Why the event at {@code index} was not acknowledged, or {@code null} if it was. */
    public String failure(int index) {
        return failures.get(index);
    }

    public int size() {
        return failures.size();
    }
}
