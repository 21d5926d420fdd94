package io.newsalerts.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical form of URLs, which item ids are derived from. */
class UrlCanonicalizerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // scheme and host lower-cased, path case kept
            "HTTPS://News.Example.COM/Path/Story | https://news.example.com/Path/Story",
            // fragment removed
            "https://example.com/story#comments | https://example.com/story",
            // default ports removed, others kept
            "http://example.com:80/a | http://example.com/a",
            "https://example.com:443/a | https://example.com/a",
            "https://example.com:8443/a | https://example.com:8443/a",
            "http://example.com:443/a | http://example.com:443/a",
            // empty path becomes /
            "https://example.com | https://example.com/",
            "https://example.com?page=2 | https://example.com/?page=2",
            // tracking parameters removed, the others kept in their order and encoding
            "https://e.com/a?utm_source=x&id=7&UTM_Medium=y&gclid=1&fbclid=2 | https://e.com/a?id=7",
            "https://e.com/a?msclkid=3&mc_cid=4&mc_eid=5&igshid=6 | https://e.com/a",
            "https://e.com/a?yclid=7&_hsenc=8&_hsmi=9&ref_src=twsrc | https://e.com/a",
            "https://e.com/a?b=2&a=1&utm_campaign=c | https://e.com/a?b=2&a=1",
            "https://e.com/a?q=caf%C3%A9&flag&utm_id | https://e.com/a?q=caf%C3%A9&flag",
            "https://e.com/a?utmost=1 | https://e.com/a?utmost=1",
            "https://e.com/a?&&x=1& | https://e.com/a?x=1",
            // dot segments resolved, percent-encoding kept
            "https://e.com/a/./b/../c | https://e.com/a/c",
            "https://e.com/a%20b/C | https://e.com/a%20b/C",
            // user info kept, surrounding white space dropped
            "https://user@e.com/x | https://user@e.com/x",
            "'  https://e.com/x  ' | https://e.com/x",
    })
    void canonicalizes(String url, String canonical) {
        assertThat(UrlCanonicalizer.canonicalize(url)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://Example.com:443/a/../b?utm_source=x&k=v#top",
            "http://e.com",
            "https://e.com/a?x=1&y=2",
    })
    void canonicalFormIsStable(String url) {
        String canonical = UrlCanonicalizer.canonicalize(url);
        assertThat(UrlCanonicalizer.canonicalize(canonical)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ftp://example.com/file",
            "/relative/path",
            "example.com/no-scheme",
            "mailto:someone@example.com",
            "https:///no-host",
            "https://exa mple.com/space",
            "javascript:alert(1)",
            "https://example.com:99999/port-out-of-range",
            "https://example.com:0/port-zero",
            "https://example.com/nul\u0000",
            "",
    })
    void rejectsWhatIsNotAnAbsoluteHttpUrl(String url) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UrlCanonicalizer.canonicalize(url))
                .withMessageContaining("URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utm_source", "UTM_TERM", "gclid", "FBCLID", "ref_src", "_hsmi"})
    void recognizesTrackingParameters(String name) {
        assertThat(UrlCanonicalizer.isTrackingParameter(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "utm", "utmost", "ref", "page", "q"})
    void keepsOtherParameters(String name) {
        assertThat(UrlCanonicalizer.isTrackingParameter(name)).isFalse();
    }
}
