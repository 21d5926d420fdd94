package io.newsalerts.matcher;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An event to match: its id, type ({@value #ARTICLE} or {@value #JOB_POSTING}), text fields by name (see
 * {@link NewsFields}; {@code null} values allowed, unknown names ignored), language and salary, both nullable.
 */
public record MatchDocument(String id, String type, Map<String, String> fields, String language,
        YearlySalary salary) {

    public static final String ARTICLE = "article";
    public static final String JOB_POSTING = "job-posting";

    /** @throws IllegalArgumentException if the type is neither {@value #ARTICLE} nor {@value #JOB_POSTING} */
    public MatchDocument {
        Objects.requireNonNull(id, "id");
        if (!ARTICLE.equals(type) && !JOB_POSTING.equals(type)) {
            throw new IllegalArgumentException("type must be " + ARTICLE + " or " + JOB_POSTING + ": " + type);
        }
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(fields));
    }

    /** An article with the fields it can be matched on. */
    public static MatchDocument article(String id, String title, String summary, String body, String source,
            String author, String language) {
        Map<String, String> fields = new HashMap<>();
        fields.put(NewsFields.TITLE, title);
        fields.put(NewsFields.SUMMARY, summary);
        fields.put(NewsFields.BODY, body);
        fields.put(NewsFields.SOURCE, source);
        fields.put(NewsFields.AUTHOR, author);
        return new MatchDocument(id, ARTICLE, fields, language, null);
    }

    /** A job posting with the fields it can be matched on; job postings carry no language. */
    public static MatchDocument jobPosting(String id, String title, String company, String location,
            String description, YearlySalary salary) {
        Map<String, String> fields = new HashMap<>();
        fields.put(NewsFields.TITLE, title);
        fields.put(NewsFields.COMPANY, company);
        fields.put(NewsFields.LOCATION, location);
        fields.put(NewsFields.DESCRIPTION, description);
        return new MatchDocument(id, JOB_POSTING, fields, null, salary);
    }

    /** The value of a field, or {@code null} if the document has none. */
    public String field(String name) {
        return fields.get(name);
    }
}
