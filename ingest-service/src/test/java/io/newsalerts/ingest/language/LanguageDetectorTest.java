package io.newsalerts.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.newsalerts.contract.ArticleEvent;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.config.IngestConfig;
import io.newsalerts.ingest.mapping.EventMapper;
import io.newsalerts.ingest.support.Fixtures;

/** Detection on the shared test sentences and on fixed texts; the sender's language always wins. */
class LanguageDetectorTest {

    private static final IngestConfig.Language SETTINGS = new IngestConfig.Language() {
        @Override
        public int minLength() {
            return 50;
        }

        @Override
        public int maxChars() {
            return 100;
        }

        @Override
        public double minConfidence() {
            return 0.8;
        }
    };

    // Loaded once: reading the 71 profiles is the slow part.
    private static final LanguageDetector DETECTOR = new LanguageDetector(SETTINGS);

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es", "ru", "zh", "ja", "ar", "el", "pl"})
    void mostSentencesOfALanguageAreDetectedAsIt(String language) throws IOException {
        List<String> sentences = Files.readAllLines(Fixtures.sharedData().resolve("lang/" + language + ".txt"))
                .stream().filter(line -> line.length() >= 50).limit(100).toList();

        long right = sentences.stream().filter(s -> DETECTOR.detect(s).orElse("").equals(language)).count();
        long wrong = sentences.stream().filter(s -> DETECTOR.detect(s).filter(l -> !l.equals(language)).isPresent())
                .count();

        // Below the confidence floor the detector abstains: some sentences get no language, few a wrong one.
        assertThat(right).as("detected as %s", language).isGreaterThanOrEqualTo(80);
        assertThat(wrong).as("detected as another language").isLessThanOrEqualTo(5);
    }

    @Test
    void aTextTooShortToTellGetsNoLanguage() {
        assertThat(DETECTOR.detect("Netflix bets on AI")).isEmpty();
        assertThat(DETECTOR.detect(article(null, "Netflix bets on AI", null))).isEmpty();
    }

    @Test
    void titleSummaryAndBodyTogetherAreLongEnough() {
        ArticleRequest article = article(null, "Die Regierung senkt die Steuern",
                "Der Bundestag hat am Mittwoch beschlossen, die Einkommensteuer für kleine Einkommen zu senken.");

        assertThat(DETECTOR.detect(article)).contains("de");
        ArticleEvent event = EventMapper.toEvent(article, DETECTOR.detect(article).orElse(null), "id", Instant.now());
        assertThat(event.language()).isEqualTo("de");
        assertThat(event.languageDetected()).isTrue();
    }

    @Test
    void onlyTheStartOfALongTextIsRead() {
        String german = "Der Bundestag hat am Mittwoch beschlossen, die Einkommensteuer für kleine Einkommen zu senken. ";
        String english = "The committee will publish its report on the new tax rules later this year. ".repeat(100);

        assertThat(DETECTOR.detect(new ArticleRequest(null, "https://news.example.org/a", "Steuern", null,
                german + english, null, null, null, null))).contains("de");
        assertThat(DETECTOR.detect(new ArticleRequest(null, "https://news.example.org/a", "Taxes", null,
                english + german, null, null, null, null))).contains("en");
    }

    @Test
    void theSendersLanguageIsKeptAndNotDetected() {
        ArticleRequest article = article("fr", "Die Regierung senkt die Steuern",
                "Der Bundestag hat am Mittwoch beschlossen, die Einkommensteuer für kleine Einkommen zu senken.");

        assertThat(DETECTOR.detect(article)).isEmpty();
        ArticleEvent event = EventMapper.toEvent(article, DETECTOR.detect(article).orElse(null), "id", Instant.now());
        assertThat(event.language()).isEqualTo("fr");
        assertThat(event.languageDetected()).isFalse();
    }

    @Test
    void noLanguageFromTheSenderNorTheTextLeavesBothAbsent() {
        ArticleEvent event = EventMapper.toEvent(article(null, "AI", null), null, "id", Instant.now());

        assertThat(event.language()).isNull();
        assertThat(event.languageDetected()).isNull();
    }

    private static ArticleRequest article(String language, String title, String summary) {
        return new ArticleRequest(null, "https://news.example.org/a", title, summary, null, null, null, language,
                null);
    }
}
