package io.newsalerts.storybench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.newsalerts.stories.StoryIndex;
import io.newsalerts.stories.StorySketch;
import io.newsalerts.stories.StorySketcher;

/**
 * Runs story assignment over the whole of Reuters-21578 in date order, each story ingested at its own date (7-day
 * window), through {@link StoryIndex} on the real schema, and reports the stories that have more than one article.
 */
final class ReutersStories {

    private ReutersStories() {
    }

    static List<String> run(BenchDatabase database, List<NewsCorpus.Story> reuters, double threshold)
            throws SQLException {
        StorySketcher sketcher = new StorySketcher();
        StoryIndex index = new StoryIndex(threshold, Duration.ofDays(7));
        List<NewsCorpus.Story> ordered = reuters.stream().sorted(Comparator.comparing(NewsCorpus.Story::date)
                .thenComparing(story -> Integer.parseInt(story.id().substring("reuters-".length())))).toList();
        Map<String, NewsCorpus.Story> byId = new HashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        int sketched = 0;
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            for (NewsCorpus.Story story : ordered) {
                byId.put(story.id(), story);
                Optional<StorySketch> sketch = sketcher.sketch(story.title(), story.body());
                if (sketch.isEmpty()) {
                    continue;
                }
                sketched++;
                String storyId = index.assign(connection, List.of(new StoryIndex.Article(story.id(), sketch.get())),
                        story.date()).get(story.id());
                connection.commit();
                members.computeIfAbsent(storyId, id -> new ArrayList<>()).add(story.id());
            }
        }
        List<List<String>> repeated = members.values().stream().filter(list -> list.size() > 1)
                .sorted(Comparator.comparing(List<String>::size).reversed()).toList();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Reuters-21578: %d stories with title and body (%d sketched), %d "
                + "stories of more than one article holding %d articles; largest: %d", reuters.size(), sketched,
                repeated.size(), repeated.stream().mapToInt(List::size).sum(),
                repeated.isEmpty() ? 0 : repeated.get(0).size()));
        Map<Integer, Long> sizes = new java.util.TreeMap<>();
        repeated.forEach(list -> sizes.merge(list.size(), 1L, Long::sum));
        lines.add("  articles per story -> stories: " + sizes);
        lines.add("Examples (the largest, then pairs spread over the corpus):");
        List<List<String>> examples = new ArrayList<>(repeated.subList(0, Math.min(3, repeated.size())));
        for (int i = 3; i < repeated.size() && examples.size() < 8; i += Math.max(1, repeated.size() / 5)) {
            examples.add(repeated.get(i));
        }
        for (List<String> story : examples) {
            lines.add("  story " + story.get(0) + " (" + story.size() + " articles):");
            story.stream().limit(4).map(byId::get).forEach(article -> lines.add(String.format(Locale.ROOT,
                    "    %-15s %s  %s", article.id(), article.date(), article.title())));
        }
        return lines;
    }
}
