package io.newsalerts.pipeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Generated consumed batches shaped like alert-service's: a poll of articles (about 30) each matched by 6 to 10 of
 * 20,000 subscriptions (of 2,000 subscribers), cut at exactly the batch size in alerts. Every article starts a story
 * of its own, except a given share of copies: another source's copy of an earlier article of the batch (its story,
 * and the same subscriptions match it). Titles of about 60
 * characters, URLs of about 80, snippets of about 160, two or three matched terms: an Alert event of about 600 bytes.
 */
final class AlertBatches {

    /** An article event, as its event row holds it, and its story. */
    record EventData(String eventType, String eventId, String title, String url, String source, String storyId,
            Instant publishedAt) {

        String key() {
            return eventType + ":" + eventId;
        }
    }

    /** A match of one subscription on one event, before it is recorded or published. */
    record AlertData(String subscriptionId, String subscriberId, EventData event, List<String> matchedTerms,
            String snippet) {
    }

    /** One consumed batch: its events and their alerts (every event has at least one). */
    record Batch(List<EventData> events, List<AlertData> alerts) {
    }

    private static final int SUBSCRIPTIONS = 20_000;
    private static final int SUBSCRIBERS = 2_000;
    private static final String[] WORDS = ("market central bank rates inflation election minister parliament court"
            + " ruling climate summit energy prices shares profit quarterly results merger acquisition strike union"
            + " workers airline airport flights storm flood wildfire drought harvest exports imports tariffs trade"
            + " deal talks ceasefire border refugees vaccine hospital research university students teachers budget"
            + " deficit taxes pension reform housing mortgage rents tenants startup funding chips software outage"
            + " security breach privacy regulator fine lawsuit verdict football league final coach transfer record")
            .split(" ");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private final Random random;
    private final int copiesPercent;
    private final String[] subscriptions = new String[SUBSCRIPTIONS];
    private final String[] subscribers = new String[SUBSCRIBERS];

    /** @param copiesPercent the share of articles that are copies of an earlier article of their batch */
    AlertBatches(long seed, int copiesPercent) {
        this.copiesPercent = copiesPercent;
        random = new Random(seed);
        for (int i = 0; i < SUBSCRIBERS; i++) {
            subscribers[i] = uuid();
        }
        for (int i = 0; i < SUBSCRIPTIONS; i++) {
            subscriptions[i] = uuid();
        }
    }

    /** {@code alerts} new alerts (never generated before) in batches of {@code batchSize}, the last one smaller. */
    List<Batch> next(int alerts, int batchSize) {
        List<Batch> batches = new ArrayList<>(alerts / batchSize + 1);
        for (int done = 0; done < alerts; done += batchSize) {
            batches.add(batch(Math.min(batchSize, alerts - done)));
        }
        return batches;
    }

    private Batch batch(int size) {
        List<EventData> events = new ArrayList<>();
        List<AlertData> alerts = new ArrayList<>(size);
        List<Set<Integer>> matchedBy = new ArrayList<>();
        while (alerts.size() < size) {
            int matches = Math.min(6 + random.nextInt(5), size - alerts.size());
            Set<Integer> matched = new LinkedHashSet<>();
            EventData event;
            if (copiesPercent > 0 && !events.isEmpty() && random.nextInt(100) < copiesPercent) {
                int original = random.nextInt(events.size());
                event = copy(events.get(original));
                matchedBy.get(original).stream().limit(matches).forEach(matched::add);
            } else {
                event = event();
                while (matched.size() < matches) {
                    matched.add(random.nextInt(SUBSCRIPTIONS));
                }
            }
            events.add(event);
            matchedBy.add(matched);
            for (int subscription : matched) {
                List<String> terms = List.of(word(), word(), word()).subList(0, 2 + random.nextInt(2));
                alerts.add(new AlertData(subscriptions[subscription], subscribers[subscription % SUBSCRIBERS],
                        event, terms, text(160)));
            }
        }
        return new Batch(events, alerts);
    }

    private EventData event() {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String title = text(60);
        Instant published = Instant.now().minusSeconds(random.nextInt(3_600));
        String slug = title.toLowerCase().replace(' ', '-');
        String url = "https://www.example-news.test/world/" + DAY.format(published) + "/" + slug;
        String eventId = HexFormat.of().formatHex(id);
        return new EventData("article", eventId, capitalised(title), url, "Source " + random.nextInt(100), eventId,
                published);
    }

    private EventData copy(EventData original) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String eventId = HexFormat.of().formatHex(id);
        return new EventData("article", eventId, original.title(), original.url() + "?copy=" + eventId,
                "Source " + random.nextInt(100), original.storyId(), original.publishedAt());
    }

    /** Words up to about {@code length} characters. */
    private String text(int length) {
        StringBuilder text = new StringBuilder(length + 16);
        while (text.length() < length - 4) {
            text.append(text.length() == 0 ? "" : " ").append(word());
        }
        return text.toString();
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
