package io.newsalerts.storybench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.newsalerts.benchmark.ReutersSgml;
import io.newsalerts.benchmark.WikinewsCsv;

/**
 * The shared news data as stories: Reuters-21578 with its date and its topic and place tags (cut by tags, as
 * {@link ReutersSgml} does, which has no tags), and the Wikinews articles (no tags, no usable dates).
 */
final class NewsCorpus {

    /** One story: id, time, title, body and its subject tags (topics and places). */
    record Story(String id, Instant date, String title, String body, Set<String> tags) {

        int words() {
            return body.split("\\s+").length;
        }
    }

    private static final Pattern NEW_ID = Pattern.compile("NEWID=\"(\\d+)\"");
    private static final Pattern TAG = Pattern.compile("<D>([^<]*)</D>");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-MMM-yyyy HH:mm:ss", Locale.ROOT);

    private NewsCorpus() {
    }

    static List<Story> reuters(Path directory) throws IOException {
        List<Story> stories = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.getFileName().toString().matches("reut2-\\d+\\.sgm"))
                    .sorted().toList()) {
                String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
                for (String story : sgml.split("</REUTERS>")) {
                    String title = between(story, "<TITLE>", "</TITLE>");
                    String body = between(story, "<BODY>", "</BODY>");
                    String date = between(story, "<DATE>", "</DATE>");
                    Matcher id = NEW_ID.matcher(story);
                    if (title != null && body != null && date != null && id.find()) {
                        stories.add(new Story("reuters-" + id.group(1), date(date), ReutersSgml.decode(title).trim(),
                                ReutersSgml.decode(body), tags(story)));
                    }
                }
            }
        }
        return stories;
    }

    static List<Story> wikinews(Path directory) throws IOException {
        List<Story> stories = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".csv")).sorted().toList()) {
                WikinewsCsv.read(file).forEach(article -> stories.add(new Story(article.id(), Instant.EPOCH,
                        article.field("title"), article.field("body"), Set.of())));
            }
        }
        return stories;
    }

    private static Instant date(String text) {
        String trimmed = text.trim();
        String seconds = trimmed.contains(".") ? trimmed.substring(0, trimmed.lastIndexOf('.')) : trimmed;
        String normal = seconds.substring(0, seconds.indexOf('-') + 2)
                + seconds.substring(seconds.indexOf('-') + 2).toLowerCase(Locale.ROOT);
        try {
            return LocalDateTime.parse(normal, DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private static Set<String> tags(String story) {
        Set<String> tags = new TreeSet<>();
        for (String element : List.of("TOPICS", "PLACES")) {
            String list = between(story, "<" + element + ">", "</" + element + ">");
            if (list != null) {
                Matcher tag = TAG.matcher(list);
                while (tag.find()) {
                    tags.add(element.charAt(0) + ":" + tag.group(1));
                }
            }
        }
        return tags;
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        int end = start < 0 ? -1 : text.indexOf(close, start);
        return end < 0 ? null : text.substring(start + open.length(), end);
    }

    static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\n\\s{3,}|\\n\\s*\\n")).filter(paragraph -> !paragraph.isBlank())
                .toList();
    }
}
