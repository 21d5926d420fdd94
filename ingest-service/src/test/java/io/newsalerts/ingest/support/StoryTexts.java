package io.newsalerts.ingest.support;

import java.util.Random;
import java.util.UUID;

/**
 * Article texts no other test uses (random words), so that each test's stories are its own, and their syndicated
 * variants: another headline, a dateline and byline, a word or two changed.
 */
public final class StoryTexts {

    private static final String[] WORDS = ("market shares company deal percent government minister bank growth "
            + "prices quarter profit talks agreement officials report week year billion million trade oil energy "
            + "central plan rates workers union court vote election city police weather port exports").split(" ");

    private StoryTexts() {
    }

    /** A body of 300 words drawn at random, with the story's own marker word in it. */
    public static String body() {
        Random random = new Random();
        StringBuilder body = new StringBuilder(UUID.randomUUID().toString().replace("-", ""));
        for (int i = 0; i < 300; i++) {
            body.append(i % 12 == 11 ? ". " : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return body.append('.').toString();
    }

    /** The body as another outlet prints it: dateline, byline, upper-cased first sentence, one word changed. */
    public static String syndicated(String body) {
        int firstStop = body.indexOf('.');
        int middle = body.indexOf(' ', body.length() / 2);
        String edited = body.substring(0, middle) + " reportedly" + body.substring(body.indexOf(' ', middle + 1));
        return "LONDON, June 3 (Wire) -- " + edited.substring(0, firstStop).toUpperCase()
                + edited.substring(firstStop) + "\n\n(Reporting by A. Reporter; editing by B. Editor)";
    }
}
