package io.newsalerts.langbench;

/** A language detector under measurement: built once, then asked about one text at a time. */
interface Candidate {

    /** The name in tables and the plot. */
    String name();

    /** Loads the detector's models; the heap it retains is measured around this call. */
    void load() throws Exception;

    /**
     * The most likely language of {@code text} as an ISO 639-1 code (as {@link IsoCodes#normalize} spells it), or
     * null when the detector names none.
     */
    String detect(String text);
}
