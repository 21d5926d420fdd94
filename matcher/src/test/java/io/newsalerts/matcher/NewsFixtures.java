package io.newsalerts.matcher;

import java.math.BigDecimal;

/** Events written for the tests, modelled on the seed story: Netflix hiring for AI during the strike. */
final class NewsFixtures {

    static final String ARTICLE_TITLE = "Netflix is hiring an AI product manager for up to $900,000";

    private NewsFixtures() {
    }

    /** Mentions SAG-AFTRA and the strike, but never the phrase "SAG strike". */
    static MatchDocument netflixArticle() {
        return MatchDocument.article(
                "article-1",
                ARTICLE_TITLE,
                "Netflix is looking for a Product Manager for its Machine Learning Platform while Hollywood "
                        + "writers and actors are on strike over AI.",
                "The listing went up as Netflix’s Black Mirror returned with episodes about synthetic actors. "
                        + "Members of SAG-AFTRA joined the strike in July, and writers say the studios want to "
                        + "train models on their work. The new manager would own the machine learning platform "
                        + "that recommends what subscribers watch next.",
                "Gizmodo",
                "Kevin Hurler",
                "en");
    }

    static MatchDocument netflixJobPosting() {
        return MatchDocument.jobPosting(
                "job-1",
                "Product Manager - Machine Learning Platform",
                "Netflix",
                "Los Gatos, California",
                "Lead the roadmap of the platform our engineers use to build and ship models.",
                YearlySalary.of(new BigDecimal("300000"), new BigDecimal("900000"), "USD", "YEAR"));
    }

    static MatchDocument article(String id, String title, String body) {
        return MatchDocument.article(id, title, null, body, "Test Wire", null, "en");
    }
}
