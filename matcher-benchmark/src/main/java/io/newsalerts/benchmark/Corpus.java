package io.newsalerts.benchmark;

import io.newsalerts.matcher.MatchDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** The benchmark's documents: the news folder's Reuters and Wikinews files, or a generated corpus without it. */
public final class Corpus {

    static final int GENERATED_DOCUMENTS = 20_000;

    private Corpus() {
    }

    /**
     * Every article of the folder's {@code reut2-*.sgm} and {@code *.csv} files (searched recursively), in a
     * seeded random order; a generated corpus when the folder does not exist.
     */
    public static List<MatchDocument> load(Path folder, long seed) throws IOException {
        List<MatchDocument> documents = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith("reut2-") && name.endsWith(".sgm")) {
                    documents.addAll(ReutersSgml.read(file));
                } else if (name.endsWith(".csv")) {
                    documents.addAll(WikinewsCsv.read(file));
                }
            }
        }
        if (documents.isEmpty()) {
            documents.addAll(GeneratedCorpus.documents(GENERATED_DOCUMENTS, seed));
        }
        Collections.shuffle(documents, new Random(seed));
        return documents;
    }
}
