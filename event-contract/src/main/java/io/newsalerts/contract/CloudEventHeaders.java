package io.newsalerts.contract;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** CloudEvents 1.0 Kafka binary-mode header names and the event types and sources this project writes. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String APPLICATION_JSON = "application/json";

    /** {@code ce_type} of an article event. */
    public static final String TYPE_ARTICLE = "io.newsalerts.article.v1";
    /** {@code ce_type} of a job-posting event. */
    public static final String TYPE_JOB_POSTING = "io.newsalerts.job-posting.v1";
    /** {@code ce_type} of an alert event. */
    public static final String TYPE_ALERT = "io.newsalerts.alert.v1";

    /** {@code ce_source} of events written by ingest-service. */
    public static final String SOURCE_INGEST = "/newsalerts/ingest-service";
    /** {@code ce_source} of events written by alert-service. */
    public static final String SOURCE_ALERT = "/newsalerts/alert-service";

    private CloudEventHeaders() {
    }

    /**
     * The binary-mode headers of one JSON event, in the order they are written: name to value (written as UTF-8).
     * Both services build their records' headers from it.
     */
    public static Map<String, String> of(String id, String type, String source, Instant time) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, SPEC_VERSION_1_0);
        headers.put(ID, id);
        headers.put(TYPE, type);
        headers.put(SOURCE, source);
        headers.put(TIME, time.toString());
        headers.put(CONTENT_TYPE, APPLICATION_JSON);
        return headers;
    }
}
