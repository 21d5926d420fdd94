package io.newsalerts.langbench;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/** Lingua 1.2.2 over all its 75 languages, every model preloaded, in high- or low-accuracy mode. */
final class LinguaCandidate implements Candidate {

    private final boolean lowAccuracy;
    private LanguageDetector detector;

    LinguaCandidate(boolean lowAccuracy) {
        this.lowAccuracy = lowAccuracy;
    }

    @Override
    public String name() {
        return lowAccuracy ? "Lingua 1.2.2 low-accuracy" : "Lingua 1.2.2";
    }

    @Override
    public void load() {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromAllLanguages().withPreloadedLanguageModels();
        detector = (lowAccuracy ? builder.withLowAccuracyMode() : builder).build();
    }

    @Override
    public String detect(String text) {
        Language language = detector.detectLanguageOf(text);
        return language == Language.UNKNOWN ? null : IsoCodes.normalize(language.getIsoCode639_1().name());
    }
}
