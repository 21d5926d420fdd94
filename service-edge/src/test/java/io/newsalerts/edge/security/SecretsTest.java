package io.newsalerts.edge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A service does not start with a token that could be guessed; tokens compare exactly. */
class SecretsTest {

    private static final String PROPERTY = "newsalerts.publisher-token (NEWSALERTS_PUBLISHER_TOKEN)";

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "change-me", "fifteen-chars-x", "  fifteen-chars-x  "})
    void aTokenShorterThanSixteenCharactersIsRefused(String token) {
        assertThatThrownBy(() -> Secrets.requireStrong(PROPERTY, token))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NEWSALERTS_PUBLISHER_TOKEN")
                .hasMessageContaining("16");
    }

    @Test
    void aMissingTokenIsRefused() {
        assertThatThrownBy(() -> Secrets.requireStrong(PROPERTY, null)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sixteen-chars-xx", "test-publisher-token", "publisher-0123456789abcdef0123456789abcdef"})
    void aTokenOfSixteenCharactersOrMoreIsAccepted(String token) {
        assertThatCode(() -> Secrets.requireStrong(PROPERTY, token)).doesNotThrowAnyException();
    }

    @Test
    void onlyTheSameTokenIsTheSame() {
        assertThat(Secrets.same("test-publisher-token", "test-publisher-token")).isTrue();
        assertThat(Secrets.same("test-publisher-token", "test-publisher-token-and-more")).isFalse();
        assertThat(Secrets.same("test-publisher-token", "test-publisher-tokeN")).isFalse();
        assertThat(Secrets.same("test-publisher-token", "")).isFalse();
    }

    @Test
    void aHashIsTheHexOfSha256() {
        assertThat(Secrets.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
