package io.newsalerts.contract;

import java.time.Instant;

/** The value of a record on {@code news.job-postings}. */
public record JobPostingEvent(
        String id,
        String type,
        String url,
        String title,
        String company,
        String location,
        Boolean remote,
        String employmentType,
        String description,
        Salary salary,
        Instant postedAt,
        Instant validThrough,
        Instant ingestedAt) {

    public static final String TYPE = "job-posting";
}
