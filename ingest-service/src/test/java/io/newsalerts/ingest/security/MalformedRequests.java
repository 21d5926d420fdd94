package io.newsalerts.ingest.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import io.newsalerts.ingest.support.Fixtures;
import io.newsalerts.ingest.support.Publisher;

/**
 * Generates requests to every endpoint of the ingest-service from a seeded {@link Random}: fixtures with fields
 * removed or replaced by values of every JSON kind (numbers for text, huge exponents, control characters, unpaired
 * surrogates, deep nesting), bodies that are no JSON at all, NDJSON mixing good and bad lines, feed registrations,
 * ids, parameters, and Content-Type, Accept and Authorization headers that are wrong or do not parse. Many are
 * valid, so that what is accepted can be told from what is not; item URLs are new unless the request repeats one
 * on purpose, and feed URLs point at a closed port of this machine.
 */
final class MalformedRequests {

    /** An operation and how often it is drawn, out of the sum of the weights. */
    private record Target(String method, String path, int weight) {
    }

    private static final List<Target> TARGETS = List.of(
            new Target("POST", "/articles", 30),
            new Target("POST", "/job-postings", 30),
            new Target("POST", "/feeds", 12),
            new Target("GET", "/feeds", 3),
            new Target("GET", "/feeds/{id}", 8),
            new Target("DELETE", "/feeds/{id}", 7),
            new Target("PUT", "/articles", 2),
            new Target("PATCH", "/feeds/{id}", 2),
            new Target("GET", "/job-postings", 2),
            new Target("OPTIONS", "/articles", 1));
    private static final int WEIGHTS = TARGETS.stream().mapToInt(Target::weight).sum();

    private static final String[] CONTENT_TYPES = {"application/json", "application/json", "application/json",
        "application/ld+json", "application/ld+json", "application/x-ndjson", "application/x-ndjson",
        "application/json; charset=UTF-8", "application/json; charset=nope", "application/x-ndjson; charset=latin1",
        "text/plain", "application/xml", "*/*", "application/*", "garbage/", ";", "application/json; charset",
        "application/json, text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", ""};
    private static final String[] ACCEPTS = {"application/json", "*/*", "application/problem+json",
        "application/x-ndjson", "text/html", "text/*", "application/json;q=0", "application/json;q=x", "garbage",
        "*/*;q=1.5", "application/json, application/x-ndjson;q=0.5"};
    private static final String[] ARTICLE_FIELDS = {"url", "title", "summary", "body", "source", "author",
        "language", "publishedAt", "id", "type", "ingestedAt", "unknown"};
    private static final String[] JOB_POSTING_FIELDS = {"url", "title", "company", "location", "remote",
        "employmentType", "description", "salary", "postedAt", "validThrough", "id", "type", "ingestedAt"};
    private static final String[] JSON_LD_FIELDS = {"url", "title", "description", "datePosted", "validThrough",
        "employmentType", "hiringOrganization", "jobLocation", "jobLocationType", "baseSalary", "@type", "@graph",
        "@context", "identifier"};
    private static final List<String> EXTREME_NUMBERS = List.of("1e999999", "-1e999999", "1e-999999",
            "9".repeat(1200), "1E+2147483648", "-9223372036854775809");
    private static final List<String> PLAUSIBLE_TEXTS = List.of("2023-07-26T16:00:00Z", "2023-07-25", "en-US", "USD",
            "YEAR", "FULL_TIME", "TELECOMMUTE", "JobPosting", "rss", "-5", "1e3");
    private static final String[] FEED_FIELDS = {"url", "kind", "pollSeconds", "id", "createdAt", "lastPolledAt",
        "lastStatus", "itemsIngested", "lastEntries"};

    private final Random random;
    private final String run = UUID.randomUUID().toString();
    private final Supplier<List<String>> feedIds;
    private final int port;
    private int items;

    /** @param feedIds the ids of the feeds registered so far, some of which the requests name */
    MalformedRequests(long seed, int port, Supplier<List<String>> feedIds) {
        this.random = new Random(seed);
        this.port = port;
        this.feedIds = feedIds;
    }

    /** A request, and the operation it was made for ({@code POST /articles}, say). */
    record Fuzzed(HttpRequest request, String method, String path) {
    }

    Fuzzed next() {
        Target target = target();
        String path = target.path().replace("{id}", id()) + parameters();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        String authorization = authorization();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        String contentType = random.nextInt(10) < 7 ? fitting(target.path())
                : CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
        if (!contentType.isEmpty() && (target.method().equals("POST") || random.nextInt(4) == 0)) {
            builder.header("Content-Type", contentType);
        }
        if (random.nextInt(6) == 0) {
            builder.header("Accept", random.nextInt(3) == 0 ? ascii(1 + random.nextInt(30))
                    : ACCEPTS[random.nextInt(ACCEPTS.length)]);
        }
        if (random.nextInt(40) == 0) {
            builder.header(random.nextBoolean() ? "Content-Encoding" : "X-" + letters(8),
                    random.nextBoolean() ? "gzip" : ascii(1 + random.nextInt(40)));
        }
        boolean withBody = !target.method().equals("GET") && !target.method().equals("OPTIONS")
                && (!target.method().equals("DELETE") || random.nextInt(10) == 0);
        HttpRequest.BodyPublisher body = withBody
                ? HttpRequest.BodyPublishers.ofByteArray(body(target.path(), contentType))
                : HttpRequest.BodyPublishers.noBody();
        return new Fuzzed(builder.method(target.method(), body).build(), target.method(), target.path());
    }

    /** A media type the endpoint takes (or none, which it reads as JSON). */
    private String fitting(String path) {
        List<String> types = switch (path) {
            case "/articles" -> List.of("application/json", "application/x-ndjson", "");
            case "/job-postings" -> List.of("application/json", "application/ld+json", "application/x-ndjson");
            default -> List.of("application/json");
        };
        return types.get(random.nextInt(types.size()));
    }

    private Target target() {
        int draw = random.nextInt(WEIGHTS);
        for (Target target : TARGETS) {
            draw -= target.weight();
            if (draw < 0) {
                return target;
            }
        }
        throw new IllegalStateException();
    }

    private String id() {
        List<String> known = feedIds.get();
        return switch (random.nextInt(8)) {
            case 0, 1, 2 -> known.isEmpty() ? UUID.randomUUID().toString() : known.get(random.nextInt(known.size()));
            case 3 -> UUID.randomUUID().toString();
            case 4 -> "%00";
            case 5 -> encode(text(1 + random.nextInt(60)));
            case 6 -> "x".repeat(1 + random.nextInt(3000));
            default -> Long.toString(random.nextLong());
        };
    }

    private String parameters() {
        return switch (random.nextInt(10)) {
            case 0 -> "?limit=" + encode(text(6));
            case 1 -> "?url=" + encode(text(30)) + "&url=x";
            case 2 -> "?" + encode(text(10)) + "=" + encode(text(10));
            default -> "";
        };
    }

    private String authorization() {
        return switch (random.nextInt(50)) {
            case 0 -> null;
            case 1 -> "Bearer";
            case 2 -> "Bearer " + Publisher.TOKEN + "x";
            case 3 -> "Basic " + Publisher.TOKEN;
            case 4 -> "Bearer " + ascii(1 + random.nextInt(40));
            default -> "Bearer " + Publisher.TOKEN;
        };
    }

    private byte[] body(String path, String contentType) {
        String text;
        if (random.nextInt(12) == 0) {
            text = garbage();
        } else if (contentType.contains("ndjson")) {
            text = ndjson(path);
        } else {
            text = document(path, contentType.contains("ld+json"));
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(15) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private String document(String path, boolean jsonLd) {
        return switch (path) {
            case "/articles" -> mutated("article.json", ARTICLE_FIELDS);
            case "/job-postings" -> jsonLd || random.nextInt(4) == 0
                    ? mutated("jobposting-netflix.jsonld", JSON_LD_FIELDS)
                    : mutated("jobposting.json", JOB_POSTING_FIELDS);
            case "/feeds" -> feed();
            default -> mutated("article.json", ARTICLE_FIELDS);
        };
    }

    private String ndjson(String path) {
        if (random.nextInt(60) == 0) {
            return "{}\n".repeat(1001);
        }
        StringBuilder lines = new StringBuilder();
        for (int i = random.nextInt(6); i >= 0; i--) {
            String line = switch (random.nextInt(8)) {
                case 0 -> garbage().replace('\n', ' ');
                case 1 -> "";
                default -> document(path, random.nextBoolean()).replace('\n', ' ');
            };
            lines.append(line).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        return lines.toString();
    }

    /** A fixture with a fresh URL (or a repeated or broken one) and a few fields removed or replaced. */
    private String mutated(String fixture, String[] fields) {
        ObjectNode document = Fixtures.object(fixture);
        document.putRawValue("url", new RawValue(quoted(itemUrl())));
        for (int i = random.nextInt(4); i > 0; i--) {
            String field = fields[random.nextInt(fields.length)];
            if (random.nextInt(4) == 0) {
                document.remove(field);
            } else {
                document.putRawValue(field, new RawValue(jsonValue(0)));
            }
        }
        return document.toString();
    }

    private String feed() {
        ObjectNode feed = Fixtures.JSON.createObjectNode();
        feed.putRawValue("url", new RawValue(random.nextInt(5) == 0 ? jsonValue(0) : quoted(feedUrl())));
        if (random.nextBoolean()) {
            feed.put("kind", List.of("rss", "atom", "auto").get(random.nextInt(3)));
        }
        feed.put("pollSeconds", 3600);
        for (int i = random.nextInt(4); i > 0; i--) {
            feed.putRawValue(FEED_FIELDS[random.nextInt(FEED_FIELDS.length)], new RawValue(jsonValue(0)));
        }
        return feed.toString();
    }

    private String itemUrl() {
        items++;
        return switch (random.nextInt(20)) {
            case 0 -> "https://fuzz.example.org/" + run + "/item/" + random.nextInt(Math.max(1, items));
            case 1 -> "/relative/" + items;
            case 2 -> "https://fuzz.example.org/" + run + "/\u0000/" + items;
            case 3 -> "https://fuzz.example.org/" + run + "/" + text(30) + "/" + items;
            case 4 -> "https://fuzz.example.org/" + run + "/" + "p".repeat(2100);
            default -> "https://fuzz.example.org/" + run + "/item/" + items;
        };
    }

    private String feedUrl() {
        return switch (random.nextInt(10)) {
            case 0 -> "ftp://127.0.0.1:9/feed.xml";
            case 1 -> "http://127.0.0.1:9/\u0000" + items++;
            case 2 -> "http://127.0.0.1:99999/feed.xml";
            case 3 -> "http://[::1/feed.xml";
            case 4 -> text(20);
            default -> "http://127.0.0.1:9/fuzz-" + run + "-" + items++ + ".xml";
        };
    }

    /** The text of a JSON value of any kind, valid or not for the field it lands in. */
    private String jsonValue(int depth) {
        return switch (random.nextInt(depth > 3 ? 14 : 18)) {
            case 0 -> "null";
            case 1 -> Long.toString(random.nextLong());
            case 2 -> EXTREME_NUMBERS.get(random.nextInt(EXTREME_NUMBERS.size()));
            case 3 -> random.nextBoolean() ? "true" : "false";
            case 4 -> quoted(text(random.nextInt(40)));
            case 5 -> "\"\\u0000\"";
            case 6 -> "\"\\ud800 lone\"";
            case 7 -> quoted("x".repeat(random.nextInt(3000)));
            case 8 -> quoted(PLAUSIBLE_TEXTS.get(random.nextInt(PLAUSIBLE_TEXTS.size())));
            case 9 -> "\"\\u0007bell\"";
            case 10 -> "-0.0";
            case 11 -> "{}";
            case 12 -> "[]";
            case 13 -> "\"" + "\\\\".repeat(random.nextInt(5)) + "\"";
            case 14, 15 -> "[" + jsonValue(depth + 1) + ", " + jsonValue(depth + 1) + "]";
            default -> "{\"name\": " + jsonValue(depth + 1) + ", \"value\": " + jsonValue(depth + 1)
                    + ", \"minValue\": " + jsonValue(depth + 1) + ", \"currency\": " + jsonValue(depth + 1) + "}";
        };
    }

    private String garbage() {
        return switch (random.nextInt(10)) {
            case 0 -> text(random.nextInt(200));
            case 1 -> "[".repeat(random.nextInt(5000)) + "]".repeat(random.nextInt(5000));
            case 2 -> "{\"url\": ".repeat(1 + random.nextInt(3000));
            case 3 -> "null";
            case 4 -> "\uFEFF" + mutated("article.json", ARTICLE_FIELDS);
            case 5 -> "{\"url\": \"https://fuzz.example.org/x\", \"url\": \"https://fuzz.example.org/y\"}";
            case 6 -> mutated("article.json", ARTICLE_FIELDS) + " trailing";
            case 7 -> "\"just a string\"";
            case 8 -> "";
            default -> mutated("article.json", ARTICLE_FIELDS).substring(0, random.nextInt(50));
        };
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            text.appendCodePoint(kind == 0 ? random.nextInt(0x20) : kind == 1 ? 0x80 + random.nextInt(0x3000)
                    : kind == 2 ? 0x1F600 + random.nextInt(50) : 0x20 + random.nextInt(0x5F));
        }
        return text.toString();
    }

    private String ascii(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x21 + random.nextInt(0x5E)));
        }
        return text.toString();
    }

    private String letters(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    /** {@code text} as a JSON string, control characters and all escaped. */
    private static String quoted(String text) {
        return Fixtures.JSON.getNodeFactory().textNode(text).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
