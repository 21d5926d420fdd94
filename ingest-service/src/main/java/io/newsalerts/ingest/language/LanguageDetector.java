package io.newsalerts.ingest.language;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.config.IngestConfig;
import io.newsalerts.languages.LanguageModel;
import io.quarkus.runtime.Startup;

/**
 * Detects the language of articles sent without one with the languages module's model (Optimaize's 71 profiles,
 * every n-gram scored: the same text always gets the same answer), loaded once at startup. The text is the title,
 * summary and body (already plain text), of which the first {@code max-chars} characters are read; a text shorter
 * than {@code min-length}, or whose likeliest language is less probable than {@code min-confidence}, gets none.
 * language-benchmark measured the choice and the bounds.
 */
@Startup
@ApplicationScoped
public class LanguageDetector {

    private final LanguageModel model = LanguageModel.builtIn();
    private final IngestConfig.Language settings;

    @Inject
    LanguageDetector(IngestConfig config) {
        this(config.language());
    }

    LanguageDetector(IngestConfig.Language settings) {
        this.settings = settings;
    }

    /** The language detected in {@code article}'s text; empty if the sender gave one or the text cannot tell. */
    public Optional<String> detect(ArticleRequest article) {
        if (article.language() != null) {
            return Optional.empty();
        }
        return detect(join(article.title(), article.summary(), article.body()));
    }

    /** The ISO 639-1 code of {@code text}'s language, if it is long enough and the model sure enough. */
    public Optional<String> detect(String text) {
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) < settings.minLength()) {
            return Optional.empty();
        }
        int end = stripped.length() <= settings.maxChars() ? stripped.length()
                : stripped.offsetByCodePoints(0, settings.maxChars());
        return model.guess(stripped.substring(0, end))
                .filter(guess -> guess.probability() >= settings.minConfidence())
                .map(LanguageModel.Guess::language);
    }

    /** Title, summary and body, each cut before it is copied: the detection reads their first max-chars. */
    private String join(String... parts) {
        // Chars, not code points: twice as many always hold enough code points for both bounds.
        int limit = 2 * Math.max(settings.maxChars(), settings.minLength());
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank() && text.length() < limit) {
                String start = part.length() > limit ? part.substring(0, limit) : part;
                text.append(text.length() == 0 ? "" : "\n").append(start.strip());
            }
        }
        return text.toString();
    }
}
