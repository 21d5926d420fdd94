package io.newsalerts.ingest.rest;

import static io.newsalerts.ingest.support.Publisher.publisher;
import static io.newsalerts.ingest.support.Publisher.uniqueUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.contract.CloudEventHeaders;
import io.newsalerts.contract.Topics;
import io.newsalerts.contract.AsyncApiSchemas;
import io.newsalerts.ingest.support.Fixtures;
import io.newsalerts.ingest.support.IngestServiceTestResources;
import io.newsalerts.ingest.support.TopicRecords;
import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Job postings as JSON and as schema.org JSON-LD become events with the mapped fields. */
@QuarkusTest
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
class JobPostingResourceTest {

    @Test
    void jsonPostingIsPublishedWithItsFields() {
        ObjectNode posting = Fixtures.object("jobposting.json").put("url", uniqueUrl("careers.example.org"));

        String id = publisher().contentType("application/json").body(posting.toString()).post("/job-postings").then()
                .statusCode(202)
                .body("duplicate", is(false))
                .extract().path("id");

        JsonNode event = publishedEvent(id);
        assertThat(event.get("type").textValue()).isEqualTo("job-posting");
        assertThat(event.get("url").textValue()).isEqualTo(posting.get("url").textValue());
        assertThat(event.get("company").textValue()).isEqualTo("Example Streaming");
        assertThat(event.get("location").textValue()).isEqualTo("Los Gatos, California");
        assertThat(event.get("remote").booleanValue()).isTrue();
        assertThat(event.get("employmentType").textValue()).isEqualTo("FULL_TIME");
        assertThat(event.get("salary").get("min").decimalValue()).isEqualByComparingTo("150000");
        assertThat(event.get("salary").get("max").decimalValue()).isEqualByComparingTo("210000.50");
        assertThat(event.get("postedAt").textValue()).isEqualTo("2023-07-20T09:00:00Z");
        assertThat(event.get("validThrough").textValue()).isEqualTo("2023-10-01T06:59:59Z");
    }

    @Test
    void eventOnlyFieldsFromTheClientAreIgnored() {
        ObjectNode posting = Fixtures.object("jobposting.json").put("url", uniqueUrl("careers.example.org"))
                .put("type", "article")
                .put("ingestedAt", "1999-01-01T00:00:00Z");

        String id = publisher().contentType("application/json").body(posting.toString()).post("/job-postings").then()
                .statusCode(202)
                .extract().path("id");

        JsonNode event = publishedEvent(id);
        assertThat(event.get("type").textValue()).isEqualTo("job-posting");
        assertThat(Instant.parse(event.get("ingestedAt").textValue())).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
    }

    @Test
    void jsonLdPostingIsMappedAndPublished() {
        ObjectNode posting = Fixtures.object("jobposting-netflix.jsonld").put("url", uniqueUrl("jobs.example.org"));

        String id = publisher().contentType("application/ld+json").body(posting.toString()).post("/job-postings")
                .then()
                .statusCode(202)
                .body("duplicate", is(false))
                .extract().path("id");

        JsonNode event = publishedEvent(id);
        assertThat(event.get("title").textValue()).isEqualTo("Product Manager - Machine Learning Platform");
        assertThat(event.get("company").textValue()).isEqualTo("Netflix");
        assertThat(event.get("location").textValue()).contains("California");
        assertThat(event.get("remote").booleanValue()).isFalse();
        assertThat(event.get("employmentType").textValue()).isEqualTo("FULL_TIME");
        JsonNode salary = event.get("salary");
        assertThat(salary.get("min").decimalValue()).isEqualByComparingTo("300000");
        assertThat(salary.get("max").decimalValue()).isEqualByComparingTo("900000");
        assertThat(salary.get("currency").textValue()).isEqualTo("USD");
        assertThat(salary.get("period").textValue()).isEqualTo("YEAR");
        assertThat(event.get("postedAt").textValue()).isEqualTo("2023-07-25T00:00:00Z");
    }

    @Test
    void theSamePostingInTheOtherShapeIsADuplicate() {
        String url = uniqueUrl("jobs.example.org");
        String id = publisher().contentType("application/ld+json")
                .body(Fixtures.object("jobposting-netflix.jsonld").put("url", url).toString())
                .post("/job-postings").then().statusCode(202).extract().path("id");

        publisher().contentType("application/json")
                .body(Fixtures.object("jobposting.json").put("url", url + "?utm_campaign=jobs").toString())
                .post("/job-postings").then()
                .statusCode(200)
                .body("id", is(id))
                .body("duplicate", is(true));

        assertThat(TopicRecords.withKey(Topics.JOB_POSTINGS, id)).hasSize(1);
    }

    /** The one event published for {@code id}, after checking its headers and its schema. */
    private static JsonNode publishedEvent(String id) {
        List<ConsumerRecord<String, String>> records = TopicRecords.withKey(Topics.JOB_POSTINGS, id);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        assertThat(TopicRecords.header(record, CloudEventHeaders.TYPE)).isEqualTo(CloudEventHeaders.TYPE_JOB_POSTING);
        assertThat(TopicRecords.header(record, CloudEventHeaders.ID)).isEqualTo("job-posting:" + id);
        assertThat(AsyncApiSchemas.violations("CloudEventHeaders", TopicRecords.headersAsJson(record))).isEmpty();
        assertThat(AsyncApiSchemas.violations("JobPostingEvent", record.value())).isEmpty();
        JsonNode event = Fixtures.parse(record.value());
        assertThat(event.get("id").textValue()).isEqualTo(id);
        return event;
    }
}
