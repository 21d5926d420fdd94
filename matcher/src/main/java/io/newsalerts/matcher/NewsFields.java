package io.newsalerts.matcher;

import java.util.List;

/** The field layout shared by documents and queries: which fields exist and what the default field holds. */
public final class NewsFields {

    /** The default field of unqualified terms: every text field of the document, one value each. */
    public static final String TEXT = "text";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String SOURCE = "source";
    public static final String AUTHOR = "author";
    public static final String COMPANY = "company";
    public static final String LOCATION = "location";
    public static final String DESCRIPTION = "description";

    /** The fields a query may name ({@code title:Netflix}), in the order error messages list them. */
    public static final List<String> QUERYABLE =
            List.of(TITLE, SUMMARY, BODY, SOURCE, AUTHOR, COMPANY, LOCATION, DESCRIPTION);

    private static final List<String> ARTICLE_TEXT = List.of(TITLE, SUMMARY, BODY);
    private static final List<String> JOB_POSTING_TEXT = List.of(TITLE, COMPANY, LOCATION, DESCRIPTION);
    private static final List<String> ARTICLE_PROSE = List.of(TITLE, SUMMARY, BODY);
    private static final List<String> JOB_POSTING_PROSE = List.of(TITLE, DESCRIPTION);

    private NewsFields() {
    }

    /** The fields whose values make up {@link #TEXT} for a document of this type, in order. */
    public static List<String> textSources(String documentType) {
        return MatchDocument.JOB_POSTING.equals(documentType) ? JOB_POSTING_TEXT : ARTICLE_TEXT;
    }

    /** The fields of running text a snippet is taken from, title first. */
    static List<String> proseFields(String documentType) {
        return MatchDocument.JOB_POSTING.equals(documentType) ? JOB_POSTING_PROSE : ARTICLE_PROSE;
    }

    /** Whether a query may name this field. */
    public static boolean isQueryable(String field) {
        return QUERYABLE.contains(field);
    }
}
