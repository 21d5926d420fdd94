package io.newsalerts.stories;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Test helpers: the terms an analysis chain makes of a text, and the shared news data as one text. */
final class Chains {

    private Chains() {
    }

    static List<String> terms(String text, Supplier<Tokenizer> tokenizer, Function<TokenStream, TokenStream> filters)
            throws IOException {
        try (Analyzer analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer words = tokenizer.get();
                return new TokenStreamComponents(words, filters.apply(words));
            }
        }; TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            List<String> terms = new ArrayList<>();
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
            return terms;
        }
    }

    /** A Wikinews file of the shared data ({@code shared.data}), whole. */
    static String wikinews(String file) throws IOException {
        return Files.readString(Path.of(System.getProperty("shared.data", "../../shared/data"), "news", "wikinews",
                file), StandardCharsets.UTF_8);
    }
}
