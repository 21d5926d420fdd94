package io.newsalerts.langbench;

import io.newsalerts.languages.LanguageModel;

/**
 * The languages module (what ingest-service runs): Optimaize's profiles scored over every n-gram in log space; the
 * most probable language, or, with a least probability, no answer below it (as ingest's {@code min-confidence}).
 */
final class LogSpaceCandidate implements Candidate {

    private final double minProbability;
    private LanguageModel model;

    LogSpaceCandidate(double minProbability) {
        this.minProbability = minProbability;
    }

    @Override
    public String name() {
        return minProbability > 0 ? "log-space, p >= " + minProbability : "log-space (languages)";
    }

    @Override
    public void load() {
        model = LanguageModel.builtIn();
    }

    @Override
    public String detect(String text) {
        return model.guess(text).filter(guess -> guess.probability() >= minProbability)
                .map(guess -> IsoCodes.normalize(guess.language())).orElse(null);
    }
}
