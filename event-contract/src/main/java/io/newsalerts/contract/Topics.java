package io.newsalerts.contract;

/** The Kafka topic names of the public contract. */
public final class Topics {

    /** Article events, keyed by article id. */
    public static final String ARTICLES = "news.articles";
    /** Job-posting events, keyed by posting id. */
    public static final String JOB_POSTINGS = "news.job-postings";
    /** Alert events, keyed by subscription id. */
    public static final String ALERTS = "news.alerts";

    private Topics() {
    }
}
