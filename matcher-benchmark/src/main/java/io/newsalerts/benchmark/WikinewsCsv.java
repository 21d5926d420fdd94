package io.newsalerts.benchmark;

import io.newsalerts.matcher.MatchDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Wikinews CSV files ({@code url,date,title,text}, RFC 4180: quoted fields may hold commas, doubled
 * quotes and line breaks). Each row becomes an article with the text as its body.
 */
public final class WikinewsCsv {

    private WikinewsCsv() {
    }

    public static List<MatchDocument> read(Path file) throws IOException {
        List<List<String>> rows = parse(Files.readString(file, StandardCharsets.UTF_8));
        List<MatchDocument> articles = new ArrayList<>();
        String name = file.getFileName().toString().replace(".csv", "");
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() >= 4 && !row.get(2).isBlank()) {
                articles.add(MatchDocument.article(name + "-" + i, row.get(2), null, row.get(3), "Wikinews", null,
                        "en"));
            }
        }
        return articles;
    }

    /** Splits RFC 4180 text into rows of fields. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
