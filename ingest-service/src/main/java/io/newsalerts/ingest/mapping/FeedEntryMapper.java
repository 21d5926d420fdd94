package io.newsalerts.ingest.mapping;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;

import io.newsalerts.edge.problem.FieldError;
import io.newsalerts.edge.validation.LanguageTag;
import io.newsalerts.ingest.api.ArticleRequest;
import io.newsalerts.ingest.validation.RequestValidator;

/**
 * Turns the entries of a feed into articles, checked by the constraints that {@code POST /articles} applies (an
 * entry whose article breaks one is skipped):
 * <ul>
 * <li>{@code url}: the entry's link (or its first alternate link), resolved against the feed's URL when relative,
 * in canonical form; an entry without a usable http(s) link is skipped;</li>
 * <li>{@code title}: the entry's title as plain text; an entry without one is skipped;</li>
 * <li>{@code summary}: the description (RSS) or summary (Atom) as plain text; {@code body}: the content
 * ({@code content:encoded}, Atom content) as plain text; both cut to their maximum length;</li>
 * <li>{@code source}: the feed's title; {@code author}: the entry's author; {@code publishedAt}: the published
 * date, else the updated date; {@code language}: the feed's language when it is a language tag
 * ({@code en_US} is read as {@code en-US}).</li>
 * </ul>
 */
public final class FeedEntryMapper {

    private FeedEntryMapper() {
    }

    /** What the feed as a whole contributes to each of its articles. */
    public record FeedSource(URI base, String name, String language) {

        /** @param base the URL the feed document came from */
        public static FeedSource of(SyndFeed feed, URI base) {
            String name = PlainText.truncate(PlainText.fromHtml(feed.getTitle()), ArticleRequest.MAX_NAME);
            return new FeedSource(base, name, languageTag(feed.getLanguage()));
        }
    }

    /** An entry's article, or why the entry was skipped. */
    public record MappedEntry(ArticleRequest article, String skipReason) {

        static MappedEntry skipped(String reason) {
            return new MappedEntry(null, reason);
        }

        public boolean isSkipped() {
            return article == null;
        }
    }

    public static MappedEntry toArticle(SyndEntry entry, FeedSource source, RequestValidator validator) {
        String link = link(entry);
        if (link == null) {
            return MappedEntry.skipped("no link");
        }
        String url;
        try {
            url = UrlCanonicalizer.canonicalize(source.base().resolve(URI.create(link)).toString());
        } catch (IllegalArgumentException e) {
            return MappedEntry.skipped("link " + link + " is not a usable http(s) URL");
        }
        String title = PlainText.truncate(PlainText.fromHtml(entry.getTitle()), ArticleRequest.MAX_TITLE);
        if (title == null) {
            return MappedEntry.skipped("no title");
        }
        ArticleRequest article = new ArticleRequest(null, url, title,
                PlainText.truncate(summary(entry), ArticleRequest.MAX_SUMMARY),
                PlainText.truncate(body(entry), ArticleRequest.MAX_TEXT),
                source.name(),
                PlainText.truncate(author(entry), ArticleRequest.MAX_NAME),
                source.language(),
                publishedAt(entry));
        List<FieldError> violations = validator.violations(article);
        return violations.isEmpty() ? new MappedEntry(article, null) : MappedEntry.skipped(violations.stream()
                .map(violation -> violation.field() + " " + violation.message())
                .collect(Collectors.joining("; ")));
    }

    /** The entry's link, or its first alternate link; {@code null} if it has neither. */
    public static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink().strip();
        }
        for (SyndLink link : entry.getLinks()) {
            boolean alternate = link.getRel() == null || link.getRel().equals("alternate");
            if (alternate && link.getHref() != null && !link.getHref().isBlank()) {
                return link.getHref().strip();
            }
        }
        return null;
    }

    private static String summary(SyndEntry entry) {
        SyndContent description = entry.getDescription();
        return description == null ? null : PlainText.fromHtml(description.getValue());
    }

    private static String body(SyndEntry entry) {
        List<SyndContent> contents = entry.getContents();
        String body = contents.stream()
                .map(content -> PlainText.fromHtml(content.getValue()))
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n\n"));
        return body.isEmpty() ? null : body;
    }

    private static String author(SyndEntry entry) {
        String author = PlainText.fromHtml(entry.getAuthor());
        if (author != null) {
            return author;
        }
        return entry.getAuthors().stream()
                .map(SyndPerson::getName)
                .map(PlainText::fromHtml)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static Instant publishedAt(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant();
    }

    private static String languageTag(String language) {
        if (language == null) {
            return null;
        }
        String tag = language.strip().replace('_', '-');
        return LanguageTag.Check.isLanguageTag(tag) ? tag : null;
    }
}
