package io.newsalerts.langbench;

import java.util.List;

import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Apache OpenNLP's maximum-entropy detector through Apache Tika 3.3.1 (its bundled model of 103 languages). Tika's
 * detector keeps state per text, so this candidate is used from one thread.
 */
final class OpenNlpCandidate implements Candidate {

    private OpenNLPDetector detector;

    @Override
    public String name() {
        return "OpenNLP (Tika 3.3.1)";
    }

    @Override
    public void load() throws Exception {
        detector = new OpenNLPDetector();
        detector.loadModels();
    }

    @Override
    public String detect(String text) {
        List<LanguageResult> results = detector.detectAll(text);
        // Tika calls every answer on a sentence "NONE" confidence; the best score is the answer all the same.
        return results.isEmpty() ? null : IsoCodes.normalize(results.get(0).getLanguage());
    }
}
