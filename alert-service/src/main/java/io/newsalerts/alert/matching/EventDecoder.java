package io.newsalerts.alert.matching;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.contract.EventType;
import io.newsalerts.contract.JobPostingEvent;
import io.newsalerts.contract.Salary;
import io.newsalerts.matcher.MatchDocument;
import io.newsalerts.matcher.YearlySalary;

/** Decodes record values of the event topics into {@link IncomingEvent}s, refusing what breaks the contract. */
@ApplicationScoped
public class EventDecoder {

    private final ObjectMapper json;

    EventDecoder(ObjectMapper json) {
        this.json = json;
    }

    /** @param value the record's value, UTF-8 JSON */
    public IncomingEvent decode(EventType type, byte[] value) {
        if (isBlank(value)) {
            throw new PoisonEventException("empty record value");
        }
        try {
            return type == EventType.ARTICLE ? article(json.readValue(value, ArticleEvent.class))
                    : jobPosting(json.readValue(value, JobPostingEvent.class));
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not a valid " + type.wireName() + " event: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PoisonEventException("not a valid " + type.wireName() + " event: " + e.getMessage(), e);
        }
    }

    private IncomingEvent article(ArticleEvent event) {
        requireContractFields(EventType.ARTICLE, event.id(), event.title(), event.url());
        Map<String, String> fields = new HashMap<>();
        fields.put("title", event.title());
        fields.put("summary", event.summary());
        fields.put("body", event.body());
        fields.put("source", event.source());
        fields.put("author", event.author());
        MatchDocument document = new MatchDocument(event.id(), EventType.ARTICLE.wireName(), fields, event.language(),
                null);
        // A blank story id (the schema wants none) is taken as no story: it must not join unrelated articles.
        String storyId = isBlank(event.storyId()) ? event.id() : event.storyOrSelf();
        return new IncomingEvent(EventType.ARTICLE, event.id(), event.title(), event.url(), event.source(), storyId,
                event.publishedAt(), document);
    }

    private IncomingEvent jobPosting(JobPostingEvent event) {
        requireContractFields(EventType.JOB_POSTING, event.id(), event.title(), event.url());
        Map<String, String> fields = new HashMap<>();
        fields.put("title", event.title());
        fields.put("company", event.company());
        fields.put("location", event.location());
        fields.put("description", event.description());
        Salary salary = event.salary();
        YearlySalary yearly = salary == null ? null
                : YearlySalary.of(salary.min(), salary.max(), salary.currency(), salary.period());
        MatchDocument document = new MatchDocument(event.id(), EventType.JOB_POSTING.wireName(), fields, null, yearly);
        return new IncomingEvent(EventType.JOB_POSTING, event.id(), event.title(), event.url(), null, null,
                event.postedAt(), document);
    }

    private static void requireContractFields(EventType type, String id, String title, String url) {
        if (isBlank(id) || isBlank(title) || isBlank(url)) {
            throw new PoisonEventException(type.wireName() + " event lacks a required field (id, title and url)");
        }
    }

    private static boolean isBlank(byte[] value) {
        if (value == null) {
            return true;
        }
        for (byte b : value) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
