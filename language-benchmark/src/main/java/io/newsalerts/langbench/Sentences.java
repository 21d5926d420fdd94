package io.newsalerts.langbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The test sentences: one file per language named by its ISO 639-1 code ({@code de.txt}), one sentence a line. */
record Sentences(Map<String, List<String>> byLanguage) {

    static Sentences read(Path directory) throws IOException {
        Map<String, List<String>> byLanguage = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("[a-z]{2}\\.txt")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .map(String::strip).filter(line -> !line.isEmpty()).toList();
                byLanguage.put(file.getFileName().toString().substring(0, 2), lines);
            }
        }
        if (byLanguage.isEmpty()) {
            throw new IOException("no <language>.txt files in " + directory);
        }
        return new Sentences(byLanguage);
    }

    int count() {
        return byLanguage.values().stream().mapToInt(List::size).sum();
    }

    /** The first {@code length} characters (code points) of each sentence that has at least that many. */
    Map<String, List<String>> prefixes(int length) {
        Map<String, List<String>> prefixes = new TreeMap<>();
        byLanguage.forEach((language, lines) -> prefixes.put(language, lines.stream()
                .filter(line -> line.codePointCount(0, line.length()) >= length)
                .map(line -> line.substring(0, line.offsetByCodePoints(0, length))).toList()));
        return prefixes;
    }

    /** Texts of about {@code length} characters each: consecutive sentences of one language joined. */
    List<String> articles(int length) {
        List<String> articles = new ArrayList<>();
        for (List<String> lines : byLanguage.values()) {
            StringBuilder article = new StringBuilder();
            for (String line : lines) {
                article.append(line).append(' ');
                if (article.length() >= length) {
                    articles.add(article.substring(0, length));
                    article.setLength(0);
                }
            }
        }
        return articles;
    }
}
