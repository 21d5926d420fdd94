package io.newsalerts.langbench;

import java.util.List;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

/**
 * Optimaize language-detector 0.6 with its 71 built-in profiles, seeded as ingest-service seeds it; the most
 * probable language, however sure.
 */
final class OptimaizeCandidate implements Candidate {

    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
    private LanguageDetector detector;

    @Override
    public String name() {
        return "Optimaize 0.6";
    }

    @Override
    public void load() throws Exception {
        detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                .seed(42L)
                .build();
    }

    @Override
    public String detect(String text) {
        List<DetectedLanguage> languages = detector.getProbabilities(texts.forText(text));
        return languages.isEmpty() ? null : IsoCodes.normalize(languages.get(0).getLocale().getLanguage());
    }
}
