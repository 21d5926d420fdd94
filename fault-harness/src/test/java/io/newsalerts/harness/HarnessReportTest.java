package io.newsalerts.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HarnessReportTest {

    @Test
    void aCaseThatLostAlertsIsMissedAndFailsTheRun() {
        CaseResult clean = new CaseResult(1, "clean");
        clean.delivery(delivery(0));
        CaseResult lossy = new CaseResult(2, "lossy");
        lossy.delivery(delivery(3));

        HarnessReport report = new HarnessReport("quick", List.of(clean, lossy), 12.0);

        assertThat(report.allTargetsMet()).isFalse();
        assertThat(report.markdown())
                .contains("| 1 | clean | 10 / 10 | 15 | 0 | 0 | 0 | 0 | 0 |")
                .contains("| 2 | lossy | 10 / 10 | 15 | 3 |")
                .contains("**MISSED**: 3 alerts lost")
                .contains("TARGETS MISSED");
    }

    @Test
    void aCaseWithoutDeliveryFiguresShowsDashesAndItsOwnFigures() {
        CaseResult replay = new CaseResult(6, "replay");
        replay.figure("new alert rows", "0 | none");

        String markdown = new HarnessReport("full", List.of(replay), 1.0).markdown();

        assertThat(markdown).contains("| 6 | replay | — | — |").contains("new alert rows: 0 \\| none")
                .contains("every target met");
    }

    private static Delivery delivery(long lost) {
        return new Delivery(10, 10, 0, 0, 0, 15, lost, 0, 0, 0, 0, 0, 1.5, lost == 0);
    }
}
