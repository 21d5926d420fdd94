package io.newsalerts.ingest.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.ingest.api.JobPostingRequest;
import io.newsalerts.ingest.api.SalaryRequest;
import io.newsalerts.ingest.validation.RequestValidator;

/**
 * Reads a schema.org {@code JobPosting} in JSON-LD, as job sites embed it for search engines. The document is
 * the posting itself, or has it in its {@code @graph}. Mapping:
 * <ul>
 * <li>{@code title}, {@code description}, {@code url}: as they are ({@code url} and {@code title} required);</li>
 * <li>{@code datePosted}, {@code validThrough}: a date (start of that day, UTC) or a date-time;</li>
 * <li>{@code employmentType}: text, or a list joined with ", ";</li>
 * <li>{@code hiringOrganization}: an Organization's {@code name}, or text;</li>
 * <li>{@code jobLocation}: a Place (its {@code address}), a PostalAddress or text, or a list of these joined with
 * "; "; an address reads "addressLocality, addressRegion, addressCountry" with missing parts left out;</li>
 * <li>{@code jobLocationType} {@code TELECOMMUTE}: remote;</li>
 * <li>{@code baseSalary}: a MonetaryAmount with {@code currency} whose {@code value} is a QuantitativeValue
 * ({@code minValue}, {@code maxValue}, or {@code value} for both; {@code unitText} is the period, required) or a
 * number (then the period is a {@code unitText} beside it).</li>
 * </ul>
 * The mapped posting is checked by the constraints of {@link JobPostingRequest}; errors name the JSON-LD fields
 * that the offending values came from, such as {@code baseSalary.value.unitText}.
 */
public final class JsonLdJobPostingParser {

    private static final String JOB_POSTING = "JobPosting";
    private static final String TELECOMMUTE = "TELECOMMUTE";

    private JsonLdJobPostingParser() {
    }

    /** @throws InvalidRequestException listing every offending field */
    public static JobPostingRequest parse(ObjectNode document, RequestValidator validator) {
        JsonReader root = JsonReader.of(document);
        JsonReader fields = jobPosting(root);
        if (fields == null) {
            throw new InvalidRequestException(root.errors());
        }
        JobPostingRequest posting = new JobPostingRequest(
                fields.optionalText("id"),
                fields.text("url"),
                fields.text("title"),
                organization(fields),
                locations(fields, "jobLocation"),
                isTelecommute(fields, "jobLocationType"),
                textOrList(fields, "employmentType"),
                fields.optionalText("description"),
                baseSalary(fields, "baseSalary"),
                fields.dateOrTimestamp("datePosted"),
                fields.dateOrTimestamp("validThrough"));
        fields.source("location", "jobLocation");
        fields.source("postedAt", "datePosted");
        validator.validate(posting, root.errors(), fields::field);
        return posting.withUrl(UrlCanonicalizer.canonicalize(posting.url()));
    }

    /** The reader of the posting: the document itself, or the first JobPosting of its {@code @graph}. */
    private static JsonReader jobPosting(JsonReader root) {
        JsonNode type = root.value("@type");
        JsonNode graph = root.value("@graph");
        if (type == null && graph != null) {
            for (int i = 0; graph.isArray() && i < graph.size(); i++) {
                if (graph.get(i) instanceof ObjectNode node && isJobPosting(node.get("@type"))) {
                    return root.nested("@graph[" + i + "]", node);
                }
            }
            root.reject("@graph", "must contain a JobPosting");
            return null;
        }
        if (type != null && !isJobPosting(type)) {
            root.reject("@type", "must be JobPosting");
            return null;
        }
        return root;
    }

    private static boolean isJobPosting(JsonNode type) {
        if (type != null && type.isArray()) {
            for (JsonNode element : type) {
                if (isJobPosting(element)) {
                    return true;
                }
            }
            return false;
        }
        return type != null && type.isTextual()
                && (type.textValue().equals(JOB_POSTING) || type.textValue().endsWith(":" + JOB_POSTING)
                        || type.textValue().endsWith("/" + JOB_POSTING));
    }

    private static String organization(JsonReader fields) {
        boolean named = fields.value("hiringOrganization") instanceof ObjectNode;
        fields.source("company", named ? "hiringOrganization.name" : "hiringOrganization");
        return textOrName(fields, "hiringOrganization");
    }

    /** Text, or the {@code name} of an object (an Organization, a Country). */
    private static String textOrName(JsonReader fields, String name) {
        JsonNode value = fields.value(name);
        if (value == null || value.isTextual()) {
            return fields.optionalText(name);
        }
        JsonReader named = fields.object(name);
        return named == null ? null : named.optionalText("name");
    }

    private static String locations(JsonReader fields, String name) {
        JsonNode value = fields.value(name);
        if (value == null) {
            return null;
        }
        List<String> places = new ArrayList<>();
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                places.add(place(fields, name + "[" + i + "]", value.get(i)));
            }
        } else {
            places.add(place(fields, name, value));
        }
        return joined(places.stream(), "; ");
    }

    /** One Place, PostalAddress or text; {@code name} is its path below {@code parent}. */
    private static String place(JsonReader parent, String name, JsonNode node) {
        if (node.isTextual()) {
            return parent.text(name, node);
        }
        if (!(node instanceof ObjectNode object)) {
            parent.reject(name, "must be a Place, a PostalAddress or text, not " + JsonBodies.kind(node));
            return null;
        }
        JsonReader place = parent.nested(name, object);
        JsonNode address = place.value("address");
        if (address == null) {
            String postalAddress = address(place);
            return postalAddress != null ? postalAddress : place.optionalText("name");
        }
        if (address.isTextual()) {
            return place.optionalText("address");
        }
        JsonReader postalAddress = place.object("address");
        return postalAddress == null ? null : address(postalAddress);
    }

    private static String address(JsonReader address) {
        return joined(Stream.of(address.optionalText("addressLocality"), address.optionalText("addressRegion"),
                textOrName(address, "addressCountry")), ", ");
    }

    private static boolean isTelecommute(JsonReader fields, String name) {
        String types = textOrList(fields, name);
        return types != null
                && Stream.of(types.split(", ")).anyMatch(type -> type.toUpperCase(Locale.ROOT).equals(TELECOMMUTE));
    }

    /** Text, or a list of texts joined with ", ". */
    private static String textOrList(JsonReader fields, String name) {
        JsonNode value = fields.value(name);
        if (value == null || !value.isArray()) {
            return fields.optionalText(name);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                fields.reject(name, "must be text or a list of texts");
                return null;
            }
            texts.add(fields.text(name, element));
        }
        return joined(texts.stream(), ", ");
    }

    /** The texts that are not empty, joined; {@code null} if there are none. */
    private static String joined(Stream<String> texts, String delimiter) {
        String joined = texts.filter(Objects::nonNull).filter(text -> !text.isEmpty())
                .collect(Collectors.joining(delimiter));
        return joined.isEmpty() ? null : joined;
    }

    private static SalaryRequest baseSalary(JsonReader fields, String name) {
        JsonReader amount = fields.object(name);
        if (amount == null) {
            return null;
        }
        amount.source("salary.currency", "currency");
        String currency = amount.optionalText("currency");
        if (!(amount.value("value") instanceof ObjectNode)) {
            // A plain number: the period can only come from a unitText next to it (seen in the wild).
            BigDecimal exact = required(amount, "value");
            return salary(amount, "value", exact, "value", exact, currency, amount);
        }
        JsonReader quantity = amount.object("value");
        JsonReader unit = quantity.value("unitText") == null && amount.value("unitText") != null ? amount : quantity;
        if (quantity.value("minValue") == null && quantity.value("maxValue") == null) {
            BigDecimal exact = required(quantity, "value");
            return salary(quantity, "value", exact, "value", exact, currency, unit);
        }
        return salary(quantity, "minValue", quantity.number("minValue", true),
                "maxValue", quantity.number("maxValue", true), currency, unit);
    }

    /** The amount at {@code name}, which a salary without bounds of its own needs. */
    private static BigDecimal required(JsonReader fields, String name) {
        if (fields.value(name) == null) {
            fields.reject(name, "is required");
        }
        return fields.number(name, true);
    }

    /** The salary, its parts read from the fields named, the period from {@code unit}'s {@code unitText}. */
    private static SalaryRequest salary(JsonReader bounds, String minName, BigDecimal min, String maxName,
            BigDecimal max, String currency, JsonReader unit) {
        bounds.source("salary.min", minName);
        bounds.source("salary.max", maxName);
        unit.source("salary.period", "unitText");
        String period = unit.optionalText("unitText");
        return new SalaryRequest(min, max, currency, period == null ? null : period.toUpperCase(Locale.ROOT));
    }
}
