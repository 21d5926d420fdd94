package io.newsalerts.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StorySketcherTest {

    private static final String TITLE = "Acme Corp agrees to buy Widget Co for $2 billion";
    private static final String BODY = """
            Acme Corp said on Monday it had agreed to buy Widget Co for about $2 billion in cash, in a deal that \
            would make it the largest maker of industrial widgets in North America. The boards of both companies \
            approved the transaction, which is expected to close in the third quarter subject to regulatory \
            approval. Acme said the purchase would add to its earnings in the first full year after closing and \
            would bring annual cost savings of about $150 million by 2026. Widget shareholders will receive $41 a \
            share, a premium of 28 percent over the stock's closing price on Friday. Acme's chief executive said \
            the combined company would keep plants in Ohio and Ontario open and would invest in new production \
            lines. Shares of Widget rose 25 percent in early trading while Acme stock was little changed.""";

    private final StorySketcher sketcher = new StorySketcher();

    @Test
    void identicalTextGivesTheSameSketch() {
        StorySketch first = sketcher.sketch(TITLE, BODY).orElseThrow();
        StorySketch second = sketcher.sketch(TITLE, BODY).orElseThrow();

        assertThat(second).isEqualTo(first);
        assertThat(first.similarity(second)).isEqualTo(1.0);
        assertThat(first.minHashes()).hasSize(128);
        assertThat(first.bandKeys()).hasSize(10);
    }

    @Test
    void caseTypographyAndSpacingDoNotMatter() {
        String retyped = BODY.toUpperCase().replace("'", "\u2019").replace(" ", "  \n").replace(",", " ,");

        assertThat(sketcher.sketch(TITLE.toUpperCase(), retyped)).contains(sketcher.sketch(TITLE, BODY).orElseThrow());
    }

    @Test
    void syndicatedVariantIsAboveTheThreshold() {
        String variant = "NEW YORK (Wire) - " + BODY.replace("in early trading", "in morning trade")
                + " Reporting by Jane Doe; Editing by John Smith.";

        StorySketch original = sketcher.sketch(TITLE, BODY).orElseThrow();
        StorySketch syndicated = sketcher.sketch("Acme to buy Widget in $2 bln deal", variant).orElseThrow();

        assertThat(syndicated.similarity(original)).isGreaterThanOrEqualTo(0.8);
        assertThat(syndicated.bandKeys()).containsAnyOf(original.bandKeys());
        assertThat(syndicated.copyKey()).as("only the same sketch has the same copy key")
                .isNotEqualTo(original.copyKey());
    }

    @Test
    void differentStoryOnTheSameSubjectIsFarBelowTheThreshold() {
        String other = """
                Widget Co reported a 12 percent rise in quarterly profit on Tuesday, helped by strong demand for \
                its industrial widgets in North America and lower costs at its plants in Ohio. The company, which \
                Acme Corp agreed to buy last week, said revenue rose to $610 million and kept its forecast for the \
                year. Its chief financial officer said the pending deal with Acme had not affected orders.""";

        StorySketch original = sketcher.sketch(TITLE, BODY).orElseThrow();
        StorySketch sameSubject = sketcher.sketch("Widget Co profit rises 12 percent", other).orElseThrow();

        assertThat(sameSubject.similarity(original)).isLessThan(0.2);
    }

    @Test
    void textShorterThanAShingleHasNoSketch() {
        assertThat(sketcher.sketch("Breaking news", null)).isEmpty();
        assertThat(sketcher.sketch("Five words make one shingle", "")).isPresent();
    }

    @Test
    void storedBytesCompareLikeTheSketch() {
        StorySketch sketch = sketcher.sketch(TITLE, BODY).orElseThrow();

        assertThat(StorySketch.ofStored(sketch.minHashBytes()).similarity(sketch)).isEqualTo(1.0);
    }
}
