package io.newsalerts.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.newsalerts.ingest.mapping.UrlCanonicalizer;

/** Item ids: the client's, or derived from the canonical URL. */
class ItemIdsTest {

    @Test
    void derivedIdIsTheStartOfTheSha256OfTheCanonicalUrl() {
        assertThat(ItemIds.idOf(null, "https://example.com/")).isEqualTo("0f115db062b7c0dd030b16878c99dea5");
        assertThat(ItemIds.idOf(null, "https://news.example.com/2023/07/26/netflix-ai?id=7"))
                .isEqualTo("b87df1db0f1dfa396aefc89b8aed5d9f");
    }

    @Test
    void variantsOfOneUrlHaveOneId() {
        String id = ItemIds.idOf(null, UrlCanonicalizer.canonicalize("https://news.example.com/a?id=7"));
        String variant = UrlCanonicalizer.canonicalize("HTTPS://NEWS.example.com:443/a?utm_source=x&id=7#c");

        assertThat(ItemIds.idOf(null, variant))
                .isEqualTo(id)
                .matches("[0-9a-f]{32}");
    }

    @Test
    void clientIdWins() {
        assertThat(ItemIds.idOf("feed-42:item-7", "https://example.com/")).isEqualTo("feed-42:item-7");
    }
}
