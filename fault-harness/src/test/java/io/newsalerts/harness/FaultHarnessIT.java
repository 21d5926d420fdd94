package io.newsalerts.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The quick fault harness against the packaged services: every case must meet every target. The table of figures
 * is printed and written to {@code target/fault-report.md}.
 */
class FaultHarnessIT {

    private static final Path REPO = Path.of(System.getProperty("repo.dir", "..")).toAbsolutePath().normalize();

    @Test
    void everyFaultCaseLosesNothingAndDuplicatesNoAlert() throws Exception {
        HarnessReport report = FaultHarness.run(HarnessSettings.quick(), REPO, Set.of());

        assertThat(report.results()).extracting(CaseResult::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        SoftAssertions softly = new SoftAssertions();
        for (CaseResult result : report.results()) {
            softly.assertThat(result.misses()).as("case %d, %s (figures: %s)", result.number(), result.title(),
                    result.figures()).isEmpty();
            if (result.delivery() != null) {
                softly.assertThat(result.delivery().accepted()).as("case %d: accepted articles", result.number())
                        .isPositive();
            }
        }
        softly.assertAll();
    }
}
