package io.newsalerts.ingest.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.config.IngestConfig;
import io.quarkus.runtime.Startup;

/**
 * Detects the language of articles sent without one, with Optimaize's 71 built-in language profiles, loaded once at
 * startup into one immutable, thread-safe detector, seeded so that a text always gets the same answer. The text is
 * the title, summary and body (already plain text), of which the first {@code max-chars} characters are read; a text
 * shorter than {@code min-length} or a detection below {@code min-confidence} gives no language.
 * language-benchmark measured the choice and the bounds.
 */
@Startup
@ApplicationScoped
public class LanguageDetector {

    private static final long SEED = 42;

    private final com.optimaize.langdetect.LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
    private final IngestConfig.Language settings;

    @Inject
    LanguageDetector(IngestConfig config) {
        this(config.language());
    }

    LanguageDetector(IngestConfig.Language settings) {
        this.settings = settings;
        try {
            // A fixed seed for the detector's random sampling of n-grams: the same text always gets the same answer.
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .seed(SEED)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language profiles", e);
        }
    }

    /** The language detected in {@code article}'s text; empty if the sender gave one or the text cannot tell. */
    public Optional<String> detect(ArticleRequest article) {
        if (article.language() != null) {
            return Optional.empty();
        }
        return detect(join(article.title(), article.summary(), article.body()));
    }

    /** The ISO 639-1 code of {@code text}'s language, if it is long enough and the detector is confident. */
    public Optional<String> detect(String text) {
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) < settings.minLength()) {
            return Optional.empty();
        }
        int end = stripped.length() <= settings.maxChars() ? stripped.length()
                : stripped.offsetByCodePoints(0, settings.maxChars());
        // Profiles of one language (zh-CN, zh-TW) share its probability: summed, they are one answer.
        Map<String, Double> byLanguage = new HashMap<>();
        for (DetectedLanguage language : detector.getProbabilities(texts.forText(stripped.substring(0, end)))) {
            byLanguage.merge(language.getLocale().getLanguage(), language.getProbability(), Double::sum);
        }
        return byLanguage.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .filter(best -> best.getValue() >= settings.minConfidence())
                .map(Map.Entry::getKey);
    }

    private String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank() && text.length() < settings.maxChars()) {
                text.append(text.length() == 0 ? "" : "\n").append(part.strip());
            }
        }
        return text.toString();
    }
}
