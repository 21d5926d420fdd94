package io.newsalerts.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;

import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.feed.FeedDocumentParser;
import io.newsalerts.ingest.feed.FeedKind;
import io.newsalerts.ingest.mapping.FeedEntryMapper.FeedSource;
import io.newsalerts.ingest.mapping.FeedEntryMapper.MappedEntry;
import io.newsalerts.ingest.support.FeedFixtures;
import io.newsalerts.ingest.support.Fixtures;

/** Feed entries to articles: links, text, dates, language, and the entries that are skipped. */
class FeedEntryMapperTest {

    private static final String SITE = "https://news.example.org/site";
    private static final URI FEED_URL = URI.create("http://feeds.example.org/feeds/main.xml");

    @Test
    void rssEntriesBecomeArticlesOfPlainText() {
        List<MappedEntry> mapped = map("rss2-cdata-html.xml");

        assertThat(mapped.get(0).article()).isEqualTo(new ArticleRequest(null,
                SITE + "/2023/07/netflix-ai-product-manager",
                "Netflix hires an AI product manager",
                "The streaming company posted a job paying up to $900,000 a year. Actors on strike — noticed.",
                "Netflix is hiring a product manager for its machine learning platform. The pay range is wide.",
                "Example Tech News", "Kevin Hurler", "en-us", Instant.parse("2023-07-26T16:00:00Z")));
        ArticleRequest second = mapped.get(1).article();
        assertThat(second.url()).isEqualTo("http://feeds.example.org/2023/07/sag-aftra-talks");
        assertThat(second.title()).isEqualTo("SAG-AFTRA & the studios: where talks stand");
        assertThat(second.summary()).isEqualTo("Escaped markup: Talks resume next week.");
        assertThat(second.body()).isNull();
        assertThat(second.author()).isEqualTo("newsroom@example.org (Jane Doe)");
        assertThat(second.publishedAt()).isEqualTo(Instant.parse("2023-07-25T07:30:00Z"));
        assertThat(mapped.subList(2, 4)).extracting(MappedEntry::skipReason).containsExactly("no link", "no title");
    }

    @Test
    void atomEntriesBecomeArticles() {
        List<MappedEntry> mapped = map("atom.xml");

        assertThat(mapped).noneMatch(MappedEntry::isSkipped);
        ArticleRequest first = mapped.get(0).article();
        assertThat(first.url()).isEqualTo(SITE + "/science/quantum-dots");
        assertThat(first.title()).isEqualTo("Quantum dots printed in 3D");
        assertThat(first.summary()).isEqualTo("Screens get brighter.");
        assertThat(first.body()).isEqualTo("Researchers printed quantum dots.");
        assertThat(first.author()).isEqualTo("Ada Lovelace");
        assertThat(first.source()).isEqualTo("Example Science Wire");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2023-07-27T06:00:00Z"));
        assertThat(mapped.get(1).article().publishedAt()).as("updated when never published")
                .isEqualTo(Instant.parse("2023-07-26T23:15:00Z"));
        assertThat(mapped.get(2).article().url()).isEqualTo("http://feeds.example.org/feeds/relative/entry-3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en_US    | en-US",
            "IT-it    | IT-it",
            "' de '   | de",
            "english  | ",
            "en-us-x-a-very-long-private-use-subtag-list | ",
            "''       | ",
    })
    void theFeedsLanguageIsKeptWhenItIsALanguageTag(String language, String tag) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setLanguage(language);

        assertThat(FeedSource.of(feed, FEED_URL).language()).isEqualTo(tag);
    }

    @Test
    void entriesWithoutAUsableLinkAreSkipped() {
        FeedSource source = new FeedSource(FEED_URL, "Source", null);

        assertThat(toArticle(entry("mailto:news@example.org", "t"), source).skipReason())
                .isEqualTo("link mailto:news@example.org is not a usable http(s) URL");
        assertThat(toArticle(entry("https://exa mple.org/a b", "t"), source).isSkipped()).isTrue();
        assertThat(toArticle(entry("https://example.org/" + "a".repeat(2100), "t"), source)
                .skipReason()).isEqualTo("url must be at most 2048 characters long");
        assertThat(toArticle(entry("https://example.org/a", "<b> </b>"), source).skipReason())
                .isEqualTo("no title");
    }

    @Test
    void entriesThatBreakAnArticleConstraintAreSkipped() {
        SyndEntry entry = entry("https://example.org/a", "bell \u0007");

        assertThat(toArticle(entry, new FeedSource(FEED_URL, null, null)).skipReason())
                .isEqualTo("title must not contain the control character U+0007");
    }

    @Test
    void overlongTextsAreCutToTheArticleLimits() {
        SyndEntry entry = entry("https://example.org/long", "t".repeat(1_500));

        ArticleRequest article = toArticle(entry, new FeedSource(FEED_URL, null, null)).article();

        assertThat(article.title()).hasSize(1_000).endsWith("…");
    }

    private static SyndEntry entry(String link, String title) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setLink(link);
        entry.setTitle(title);
        return entry;
    }

    private static List<MappedEntry> map(String fixture) {
        SyndFeed feed = FeedDocumentParser.parse(FeedFixtures.document(fixture, SITE), null, FeedKind.AUTO).feed();
        FeedSource source = FeedSource.of(feed, FEED_URL);
        return feed.getEntries().stream().map(entry -> toArticle(entry, source)).toList();
    }

    private static MappedEntry toArticle(SyndEntry entry, FeedSource source) {
        return FeedEntryMapper.toArticle(entry, source, Fixtures.VALIDATOR);
    }
}
