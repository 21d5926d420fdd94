package io.newsalerts.alert.listener;

/** Names of the messaging channels (configured in application.properties); the tests reuse them. */
public final class Channels {

    public static final String ARTICLES = "articles";
    public static final String JOB_POSTINGS = "job-postings";

    private Channels() {
    }
}
