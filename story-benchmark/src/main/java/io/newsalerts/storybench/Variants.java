package io.newsalerts.storybench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Syndication variants of a story, as other outlets and later editions print it. Each kind is one realistic
 * change; {@link Kind#SYNDICATED} combines the usual ones. The changes are drawn from a seeded {@link Random}.
 */
final class Variants {

    /** The kinds of variant measured. */
    enum Kind {
        /** A new headline: the lead's first words, as a rewrite desk would put it. */
        NEW_HEADLINE,
        /** A byline, a reporting/editing credit line and a copyright line added. */
        BOILERPLATE_ADDED,
        /** The dateline (city, date) and the closing "Reuter" removed. */
        BOILERPLATE_REMOVED,
        /** One paragraph other than the lead left out (one of at most a tenth of the words). */
        PARAGRAPH_DROPPED,
        /** 2% of the words rewritten, in runs of one to three words (copy-editing). */
        WORDS_EDITED,
        /** The last tenth of the words cut off. */
        TRUNCATED,
        /** New headline, boilerplate added, 1% of the words edited. */
        SYNDICATED
    }

    private static final String[] REPLACEMENTS = ("said stated added reported announced according noted "
            + "company firm group officials sources analysts percent pct million mln billion bln also however")
            .split(" ");

    private final Random random;

    Variants(long seed) {
        this.random = new Random(seed);
    }

    /** The variant of kind {@code kind} of the story, or empty if the story has no room for it. */
    Optional<NewsCorpus.Story> of(NewsCorpus.Story story, Kind kind) {
        String title = story.title();
        String body = story.body();
        switch (kind) {
            case NEW_HEADLINE -> title = headline(body);
            case BOILERPLATE_ADDED -> body = boilerplate(body);
            case BOILERPLATE_REMOVED -> body = body.replaceFirst("^\\s*[A-Z][A-Za-z .,]{2,40}, [A-Z][a-z]+ \\d+ - ", "")
                    .replaceFirst("\\s*Reuter\\s*$", "");
            case PARAGRAPH_DROPPED -> {
                Optional<String> dropped = dropParagraph(body);
                if (dropped.isEmpty()) {
                    return Optional.empty();
                }
                body = dropped.get();
            }
            case WORDS_EDITED -> body = edit(body, 0.02);
            case TRUNCATED -> {
                String[] words = body.split("\\s+");
                body = String.join(" ", Arrays.copyOf(words, words.length * 9 / 10));
            }
            case SYNDICATED -> {
                title = headline(body);
                body = boilerplate(edit(body, 0.01));
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return Optional.of(new NewsCorpus.Story(story.id() + "~" + kind, story.date(), title, body, story.tags()));
    }

    private static String headline(String body) {
        String[] words = body.trim().split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(8, words.length))).toUpperCase();
    }

    private String boilerplate(String body) {
        String[] names = {"Jane Doe", "Ali Khan", "Maria Rossi", "Tom Baker"};
        return "By " + names[random.nextInt(names.length)] + ", Staff Correspondent\n" + body
                + "\n(Reporting by " + names[random.nextInt(names.length)] + "; Editing by "
                + names[random.nextInt(names.length)] + ")\nCopyright 1987 Wire Service. All rights reserved.";
    }

    private Optional<String> dropParagraph(String body) {
        List<String> paragraphs = NewsCorpus.paragraphs(body);
        int words = body.split("\\s+").length;
        List<Integer> small = new ArrayList<>();
        for (int i = 1; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).trim().split("\\s+").length * 10 <= words) {
                small.add(i);
            }
        }
        if (small.isEmpty()) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>(paragraphs);
        kept.remove((int) small.get(random.nextInt(small.size())));
        return Optional.of(String.join("\n    ", kept));
    }

    private String edit(String body, double share) {
        String[] words = body.split("\\s+");
        int toEdit = (int) Math.round(words.length * share);
        while (toEdit > 0) {
            int run = Math.min(toEdit, 1 + random.nextInt(3));
            int at = random.nextInt(Math.max(1, words.length - run));
            for (int i = at; i < at + run; i++) {
                words[i] = REPLACEMENTS[random.nextInt(REPLACEMENTS.length)];
            }
            toEdit -= run;
        }
        return String.join(" ", words);
    }
}
