package io.newsalerts.alert.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.newsalerts.alert.validation.ValidQuery;
import io.newsalerts.edge.validation.LanguageTag;
import io.newsalerts.edge.validation.PlainText;

/**
 * Body of {@code POST /subscriptions}, {@code PUT /subscriptions/{id}} and the preview; other fields are ignored.
 * {@code collapse}: {@code "story"} (when absent) alerts once per story, {@code "none"} on every article.
 */
public record SubscriptionRequest(
        @NotNull(message = "is required") @PlainText @ValidQuery String query,
        @Size(max = SubscriptionRequest.MAX_NAME, message = "must be at most {max} characters") @PlainText String name,
        List<@NotNull(message = TYPE_MESSAGE) @Pattern(regexp = "article|job-posting", message = TYPE_MESSAGE) String>
                types,
        @Valid MinSalary minSalary,
        @LanguageTag String language,
        @Pattern(regexp = "story|none", message = "must be 'story' or 'none'") String collapse) {

    /** The longest subscription name, in characters. */
    public static final int MAX_NAME = 200;

    private static final String TYPE_MESSAGE = "must be 'article' or 'job-posting'";
}
