package io.newsalerts.ingest.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The feed documents under {@code src/test/resources/fixtures/feeds}. Their links start with the placeholder
 * {@code {{site}}}, which each test replaces with a site of its own, so that the articles of one test are never
 * duplicates of another's. The replacement keeps every other byte as it is, whatever the document's charset.
 */
public final class FeedFixtures {

    private static final String SITE = "{{site}}";

    private FeedFixtures() {
    }

    /** A site no other test uses, such as {@code https://news.example.org/3f2a...}. */
    public static String uniqueSite() {
        return "https://news.example.org/" + UUID.randomUUID();
    }

    /** The bytes of feed fixture {@code name}, its links on {@code site}. */
    public static byte[] document(String name, String site) {
        try (InputStream in = FeedFixtures.class.getResourceAsStream("/fixtures/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no feed fixture " + name);
            }
            // ISO-8859-1 maps each byte to one char and back, so that only the ASCII placeholder changes.
            String bytesAsText = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return bytesAsText.replace(SITE, site).getBytes(StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
