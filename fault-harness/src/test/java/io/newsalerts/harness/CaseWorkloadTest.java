package io.newsalerts.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CaseWorkloadTest {

    private final CaseWorkload workload = new CaseWorkload("hxcase", "all", "even");

    @Test
    void everyAcceptedArticleAlertsTheCaseSubscriptionAndEvenOnesAlsoTheEvenSubscription() {
        assertThat(workload.expectedAlerts(List.of("hxcase-0", "hxcase-1", "hxcase-12")))
                .containsExactlyInAnyOrder("all|hxcase-0", "even|hxcase-0", "all|hxcase-1", "all|hxcase-12",
                        "even|hxcase-12");
    }

    @Test
    void articlesCarryTheCaseWordAndTheEvenWordOnlyWhenEven() throws Exception {
        JsonNode even = new ObjectMapper().readTree(CaseWorkload.article("hxcase", 4));
        JsonNode odd = new ObjectMapper().readTree(CaseWorkload.article("hxcase", 5));

        assertThat(even.get("id").asText()).isEqualTo("hxcase-4");
        assertThat(even.toString()).contains("hxcase").contains(CaseWorkload.EVEN_WORD);
        assertThat(odd.toString()).contains("hxcase").doesNotContain(CaseWorkload.EVEN_WORD);
        assertThat(CaseWorkload.queries("hxcase")).containsExactly("hxcase", "hxcase hxeven");
    }

    @Test
    void eventKeysAreTheProcessedMarksOfAlertService() {
        assertThat(CaseWorkload.eventKeys(List.of("hxcase-3"))).containsExactly("article:hxcase-3");
    }
}
