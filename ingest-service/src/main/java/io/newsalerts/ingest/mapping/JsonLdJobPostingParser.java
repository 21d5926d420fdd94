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

import io.newsalerts.contract.Salary;
import io.newsalerts.edge.problem.InvalidRequestException;
import io.newsalerts.ingest.api.JobPostingRequest;

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
 * Errors name the JSON-LD fields, such as {@code baseSalary.value.unitText}.
 */
public final class JsonLdJobPostingParser {

    private static final String JOB_POSTING = "JobPosting";
    private static final String TELECOMMUTE = "TELECOMMUTE";

    private JsonLdJobPostingParser() {
    }

    /** @throws InvalidRequestException listing every offending field */
    public static JobPostingRequest parse(ObjectNode document) {
        JsonFields root = JsonFields.of(document);
        JsonFields fields = jobPosting(root);
        if (fields == null) {
            root.throwIfInvalid();
        }
        JobPostingRequest posting = new JobPostingRequest(
                FieldRules.clientId(fields),
                fields.requiredUrl("url"),
                fields.requiredText("title", FieldRules.MAX_TITLE),
                organization(fields, "hiringOrganization"),
                locations(fields, "jobLocation"),
                isTelecommute(fields, "jobLocationType"),
                textOrList(fields, "employmentType", FieldRules.MAX_EMPLOYMENT_TYPE),
                fields.optionalText("description", FieldRules.MAX_TEXT),
                baseSalary(fields, "baseSalary"),
                fields.optionalDateOrTimestamp("datePosted"),
                fields.optionalDateOrTimestamp("validThrough"));
        fields.throwIfInvalid();
        return posting;
    }

    /** The reader of the posting: the document itself, or the first JobPosting of its {@code @graph}. */
    private static JsonFields jobPosting(JsonFields root) {
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

    private static String organization(JsonFields fields, String name) {
        JsonNode value = fields.value(name);
        if (value == null || value.isTextual()) {
            return fields.optionalText(name, FieldRules.MAX_NAME);
        }
        JsonFields organization = fields.optionalObject(name);
        return organization == null ? null : organization.optionalText("name", FieldRules.MAX_NAME);
    }

    private static String locations(JsonFields fields, String name) {
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
        String joined = places.stream().filter(Objects::nonNull).collect(Collectors.joining("; "));
        if (joined.length() > FieldRules.MAX_LOCATION) {
            fields.reject(name, "must describe at most " + FieldRules.MAX_LOCATION + " characters of location");
            return null;
        }
        return joined.isEmpty() ? null : joined;
    }

    /** One Place, PostalAddress or text; {@code name} is its path below {@code parent}. */
    private static String place(JsonFields parent, String name, JsonNode node) {
        if (node.isTextual()) {
            String forbidden = JsonFields.forbiddenCharacters(node.textValue());
            if (forbidden != null) {
                parent.reject(name, forbidden);
                return null;
            }
            return node.textValue().isBlank() ? null : node.textValue().strip();
        }
        if (!(node instanceof ObjectNode object)) {
            parent.reject(name, "must be a Place, a PostalAddress or text, not " + JsonBodies.kind(node));
            return null;
        }
        JsonFields place = parent.nested(name, object);
        JsonNode address = place.value("address");
        if (address == null) {
            String postalAddress = address(place);
            return postalAddress != null ? postalAddress : place.optionalText("name", FieldRules.MAX_LOCATION);
        }
        if (address.isTextual()) {
            return place.optionalText("address", FieldRules.MAX_LOCATION);
        }
        JsonFields postalAddress = place.optionalObject("address");
        return postalAddress == null ? null : address(postalAddress);
    }

    private static String address(JsonFields address) {
        String joined = Stream.of(
                        address.optionalText("addressLocality", FieldRules.MAX_NAME),
                        address.optionalText("addressRegion", FieldRules.MAX_NAME),
                        organization(address, "addressCountry"))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    private static boolean isTelecommute(JsonFields fields, String name) {
        String types = textOrList(fields, name, FieldRules.MAX_NAME);
        return types != null
                && Stream.of(types.split(", ")).anyMatch(type -> type.toUpperCase(Locale.ROOT).equals(TELECOMMUTE));
    }

    /** Text, or a list of texts joined with ", ". */
    private static String textOrList(JsonFields fields, String name, int maxLength) {
        JsonNode value = fields.value(name);
        if (value == null || !value.isArray()) {
            return fields.optionalText(name, maxLength);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                fields.reject(name, "must be text or a list of texts");
                return null;
            }
            String forbidden = JsonFields.forbiddenCharacters(element.textValue());
            if (forbidden != null) {
                fields.reject(name, forbidden);
                return null;
            }
            if (!element.textValue().isBlank()) {
                texts.add(element.textValue().strip());
            }
        }
        String joined = String.join(", ", texts);
        if (joined.length() > maxLength) {
            fields.reject(name, "must be at most " + maxLength + " characters long");
            return null;
        }
        return joined.isEmpty() ? null : joined;
    }

    private static Salary baseSalary(JsonFields fields, String name) {
        JsonFields amount = fields.optionalObject(name);
        if (amount == null) {
            return null;
        }
        String currency = FieldRules.currency(amount, "currency");
        if (!(amount.value("value") instanceof ObjectNode)) {
            // A plain number: the period can only come from a unitText next to it (seen in the wild).
            BigDecimal exact = amount.value("value") == null ? null : amount.optionalNumber("value", true);
            String period = FieldRules.period(amount, "unitText", true);
            return FieldRules.salary(amount, "value", exact, "value", exact, currency, period);
        }
        JsonFields quantity = amount.optionalObject("value");
        BigDecimal exact = quantity.optionalNumber("value", true);
        BigDecimal min = quantity.optionalNumber("minValue", true);
        BigDecimal max = quantity.optionalNumber("maxValue", true);
        boolean periodBesideValue = quantity.value("unitText") == null && amount.value("unitText") != null;
        String period = FieldRules.period(periodBesideValue ? amount : quantity, "unitText", true);
        if (min == null && max == null) {
            return FieldRules.salary(quantity, "value", exact, "value", exact, currency, period);
        }
        return FieldRules.salary(quantity, "minValue", min, "maxValue", max, currency, period);
    }
}
