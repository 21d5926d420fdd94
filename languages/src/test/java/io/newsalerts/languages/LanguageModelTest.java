package io.newsalerts.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;

/** The model on fixed texts, and beside Optimaize's own detector on the shared test sentences. */
class LanguageModelTest {

    private static final List<LanguageProfile> PROFILES = profiles();
    // Built once: reading the 71 profiles is the slow part.
    private static final LanguageModel MODEL = new LanguageModel(PROFILES);

    @Test
    void sentencesOfDifferentScriptsAndLanguagesAreTold() {
        assertThat(language("Die Regierung hat am Mittwoch beschlossen, die Steuern zu senken.")).contains("de");
        assertThat(language("The government decided on Wednesday to cut taxes for small incomes.")).contains("en");
        assertThat(language("Le gouvernement a décidé mercredi de baisser les impôts des petits revenus.")).contains("fr");
        assertThat(language("Правительство в среду решило снизить налоги для небольших доходов.")).contains("ru");
        assertThat(language("政府は水曜日、少額所得者の税金を引き下げることを決めた。")).contains("ja");
    }

    @Test
    void chineseIsOneLanguageWhicheverProfileFitsBest() {
        // Optimaize has two Chinese profiles (zh-CN, zh-TW) that share most characters: their probabilities add up.
        Optional<LanguageModel.Guess> guess = MODEL.guess("2002年的台湾，各金融机构都磨刀霍霍准备在逐渐起飞的财富管理业务，抢得一席之地。");

        assertThat(guess).map(LanguageModel.Guess::language).contains("zh");
        assertThat(guess.get().probability()).isGreaterThan(0.99);
    }

    @Test
    void probabilitiesFallAsTheEvidenceShrinks() {
        double sentence = MODEL.guess("Det er en kjent sak at det er vanskelig å skille dansk fra norsk.").get()
                .probability();
        double twoWords = MODEL.guess("kjent sak").get().probability();

        assertThat(sentence).isGreaterThan(twoWords).isLessThanOrEqualTo(1.0);
        assertThat(twoWords).isGreaterThan(0.0);
    }

    @Test
    void addressesAreNotLanguage() {
        String text = "Le gouvernement a décidé mercredi de baisser les impôts";
        String withAddresses = "Le gouvernement https://www.example.org/tax?id=42&lang=en a décidé mercredi "
                + "press-office@example.org de baisser les impôts";

        assertThat(MODEL.guess(withAddresses)).isEqualTo(MODEL.guess(text));
    }

    @Test
    void aTextWithoutLettersGetsNoGuess() {
        assertThat(MODEL.guess("")).isEmpty();
        assertThat(MODEL.guess("   ")).isEmpty();
    }

    @Test
    void theSameTextAlwaysGetsTheSameAnswer() {
        String text = "Jag tror att det blir regn i morgon, men vi får se.";

        assertThat(MODEL.guess(text)).isEqualTo(MODEL.guess(text)).isEqualTo(new LanguageModel(PROFILES).guess(text));
    }

    @Test
    void answersAsOptimaizesOwnDetectorDoesOnTheSharedSentences() throws IOException {
        LanguageDetector optimaize = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(PROFILES)
                .seed(42L).build();
        var texts = CommonTextObjectFactories.forDetectingOnLargeText();
        List<String> sentences = new ArrayList<>();
        try (var files = Files.list(Path.of(System.getProperty("shared.data", "../../shared/data"), "lang"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Files.readAllLines(file).stream().filter(line -> line.length() >= 100).limit(40)
                        .forEach(sentences::add);
            }
        }
        long same = sentences.stream().filter(sentence -> {
            List<DetectedLanguage> theirs = optimaize.getProbabilities(texts.forText(sentence));
            return !theirs.isEmpty() && language(sentence)
                    .equals(Optional.of(theirs.get(0).getLocale().getLanguage()));
        }).count();

        // The same model, scored on every n-gram rather than samples: it differs on a few close calls only.
        assertThat(sentences).hasSizeGreaterThan(900);
        assertThat((double) same / sentences.size()).isGreaterThan(0.97);
    }

    private static Optional<String> language(String text) {
        return MODEL.guess(text).map(LanguageModel.Guess::language);
    }

    private static List<LanguageProfile> profiles() {
        try {
            return new LanguageProfileReader().readAllBuiltIn();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
