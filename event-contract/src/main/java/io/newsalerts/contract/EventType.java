package io.newsalerts.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of event that subscriptions match, with their wire names. */
public enum EventType {
    ARTICLE("article", Topics.ARTICLES, CloudEventHeaders.TYPE_ARTICLE),
    JOB_POSTING("job-posting", Topics.JOB_POSTINGS, CloudEventHeaders.TYPE_JOB_POSTING);

    private final String wireName;
    private final String topic;
    private final String cloudEventType;

    EventType(String wireName, String topic, String cloudEventType) {
        this.wireName = wireName;
        this.topic = topic;
        this.cloudEventType = cloudEventType;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public String topic() {
        return topic;
    }

    public String cloudEventType() {
        return cloudEventType;
    }

    /** The type with this wire name, or {@code null} if there is none. */
    @JsonCreator
    public static EventType fromWireName(String name) {
        for (EventType type : values()) {
            if (type.wireName.equals(name)) {
                return type;
            }
        }
        return null;
    }
}
