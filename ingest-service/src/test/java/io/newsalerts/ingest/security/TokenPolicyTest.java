package io.newsalerts.ingest.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The service does not start with a publisher token that could be guessed. */
class TokenPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "change-me", "fifteen-chars-x", "  fifteen-chars-x  "})
    void aTokenShorterThanSixteenCharactersIsRefused(String token) {
        assertThatThrownBy(() -> TokenPolicy.requireStrong(token))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NEWSALERTS_PUBLISHER_TOKEN")
                .hasMessageContaining("16");
    }

    @Test
    void aMissingTokenIsRefused() {
        assertThatThrownBy(() -> TokenPolicy.requireStrong(null)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sixteen-chars-xx", "test-publisher-token", "publisher-0123456789abcdef0123456789abcdef"})
    void aTokenOfSixteenCharactersOrMoreIsAccepted(String token) {
        assertThatCode(() -> TokenPolicy.requireStrong(token)).doesNotThrowAnyException();
    }
}
