package io.newsalerts.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Sketches an article's text (title and body) with Lucene's analysis chain: words by Unicode text segmentation
 * ({@link StandardTokenizer}, which drops punctuation and whitespace), lower-cased, folded to ASCII (accents, curly
 * quotes), stripped of what is neither letter nor digit ({@code U.S.} and {@code US}, {@code Reuters'} and
 * {@code Reuters} are one word), then 5-word shingles ({@link WordShingleFilter}), then their minimum hashes
 * ({@link MinHashes}: the values of Lucene's {@code MinHashFilter} with one hash function, one minimum per bucket,
 * empty buckets filled by rotation). Syndicated copies that differ only in case, punctuation or spacing get the same
 * sketch. Thread-safe.
 */
public final class StorySketcher {

    /** The settings of the sketches: they must not change while sketches made with others are stored. */
    public record Settings(int shingleWords, int hashes, int bands, int rowsPerBand) {

        /**
         * 5-word shingles, 128 buckets, 10 bands of 4: candidates at similarity 0.8 are found with p = 0.995 (16 of
         * 5 until V5 of ingest-service's schema: the same precision and recall on story-benchmark's labelled pairs,
         * with 11 keys per new text instead of 17). Changing them means re-keying the stored sketches
         * ({@link StoryIndex#rekey}).
         */
        public static final Settings DEFAULT = new Settings(5, 128, 10, 4);

        public Settings {
            if (shingleWords < 2 || hashes < 1 || bands < 1 || rowsPerBand < 1 || bands * rowsPerBand > hashes) {
                throw new IllegalArgumentException("invalid sketch settings " + this);
            }
        }
    }

    private final Settings settings;
    private final Analyzer analyzer;

    public StorySketcher(Settings settings) {
        this.settings = settings;
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = new StandardTokenizer();
                TokenStream normalised = new LettersAndDigitsFilter(new ASCIIFoldingFilter(new LowerCaseFilter(words)));
                return new TokenStreamComponents(words, new WordShingleFilter(normalised, settings.shingleWords()));
            }
        };
    }

    public StorySketcher() {
        this(Settings.DEFAULT);
    }

    public Settings settings() {
        return settings;
    }

    /**
     * @param body the body, or the summary when there is no body; may be null
     * @return the sketch of title and body, or empty if together they have fewer words than a shingle
     */
    public Optional<StorySketch> sketch(String title, String body) {
        String text = body == null || body.isBlank() ? nullToEmpty(title) : nullToEmpty(title) + "\n" + body;
        MinHashes hashes = new MinHashes(settings.hashes());
        try (TokenStream shingles = analyzer.tokenStream("text", text)) {
            CharTermAttribute shingle = shingles.addAttribute(CharTermAttribute.class);
            shingles.reset();
            while (shingles.incrementToken()) {
                hashes.add(shingle.buffer(), shingle.length());
            }
            shingles.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        int[] minHashes = hashes.lowBits();
        if (minHashes == null) {
            return Optional.empty();
        }
        return Optional.of(sketchOf(minHashes));
    }

    /**
     * The sketch of given minimum hashes (made, stored or generated ones): they are cut into the settings' bands,
     * and all of them make the copy key.
     */
    public StorySketch sketchOf(int[] minHashes) {
        if (minHashes.length != settings.hashes()) {
            throw new IllegalArgumentException(minHashes.length + " hashes, not " + settings.hashes());
        }
        return new StorySketch(minHashes.clone(), BandKeys.of(minHashes, settings.bands(), settings.rowsPerBand()),
                BandKeys.copyKey(minHashes, settings.bands()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
