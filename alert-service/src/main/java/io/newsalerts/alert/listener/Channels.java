package io.newsalerts.alert.listener;

/** Names of the messaging channels (configured in application.properties); the tests reuse them. */
public final class Channels {

    public static final String ARTICLES = "articles";
    public static final String JOB_POSTINGS = "job-postings";
    /** Outgoing: alert events to {@code news.alerts}. */
    public static final String ALERTS = "alerts";
    /** Outgoing: poison records to {@code <topic>.dlq}. */
    public static final String DEAD_LETTERS = "dead-letters";

    private Channels() {
    }
}
