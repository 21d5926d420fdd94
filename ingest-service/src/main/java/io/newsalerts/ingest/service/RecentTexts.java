package io.newsalerts.ingest.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.config.IngestConfig;

/**
 * The texts (title, summary and body) with which this replica's articles recently started a story. An exact copy of
 * such a text is in that story, as the story index would answer: the first article owns the text's copy key until
 * it leaves the window, and a copy's sketch is the same. So the copy needs no sketch, no story round trip and no
 * detection (the same text gets the same language). Only articles that started a story are remembered, until their
 * window ends (one that joined another story does not know when that story's first article leaves the window); at
 * most {@code newsalerts.stories.recent-texts}, the least recently used dropped first. Texts are told apart by 128
 * bits of their SHA-256.
 */
@ApplicationScoped
public class RecentTexts {

    /** A text's digest. */
    public record Text(long high, long low) {

        /** The digest of {@code article}'s title, summary and body, each length-prefixed (none runs into the next). */
        public static Text of(ArticleRequest article) {
            MessageDigest digest = sha256();
            for (String part : new String[] {article.title(), article.summary(), article.body()}) {
                byte[] bytes = part == null ? null : part.getBytes(StandardCharsets.UTF_8);
                digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes == null ? -1 : bytes.length).array());
                if (bytes != null) {
                    digest.update(bytes);
                }
            }
            ByteBuffer hash = ByteBuffer.wrap(digest.digest());
            return new Text(hash.getLong(), hash.getLong());
        }
    }

    /**
     * What an exact copy gets: the story, until when, and the language detected in the text ({@code detected}
     * false when the first article came with its own language and nothing was detected; {@code language} null when
     * the text could not tell).
     */
    public record Placement(String storyId, Instant until, boolean detected, String language) {
    }

    private final boolean enabled;
    private final Map<Text, Placement> texts;
    private final Counter copies;

    @Inject
    RecentTexts(IngestConfig config, MeterRegistry metrics) {
        this(config.stories().recentTexts(), metrics);
    }

    RecentTexts(int capacity, MeterRegistry metrics) {
        this.enabled = capacity > 0;
        this.texts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Text, Placement> eldest) {
                return size() > capacity;
            }
        };
        this.copies = Counter.builder("newsalerts.ingest.story.exact.copies")
                .description("Articles that copy a recent text exactly, placed in its story without a sketch")
                .register(metrics);
    }

    /** Whether texts are remembered at all (a capacity above 0). */
    public boolean enabled() {
        return enabled;
    }

    /** The story of {@code text} if it is a recent one whose window has not ended at {@code now}. */
    public Optional<Placement> find(Text text, Instant now) {
        Placement placement;
        synchronized (texts) {
            placement = texts.get(text);
            if (placement != null && !now.isBefore(placement.until())) {
                texts.remove(text);
                placement = null;
            }
        }
        if (placement != null) {
            copies.increment();
        }
        return Optional.ofNullable(placement);
    }

    /** Remembers that {@code text} started a story. */
    public void remember(Text text, Placement placement) {
        synchronized (texts) {
            texts.put(text, placement);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
