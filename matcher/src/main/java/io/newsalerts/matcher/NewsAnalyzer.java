package io.newsalerts.matcher;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The one analysis chain for documents and queries: words, possessives, case, accents, plurals. */
public final class NewsAnalyzer extends Analyzer {

    /**
     * Positions left between two values of one field (title, summary and body in {@code text}); larger
     * than the biggest proximity a query may ask for, so that no phrase spans two values.
     */
    public static final int POSITION_INCREMENT_GAP = 10_000;

    private static final NewsAnalyzer SHARED = new NewsAnalyzer();

    /** The shared instance; analyzers are thread-safe, so one is enough. */
    public static NewsAnalyzer shared() {
        return SHARED;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Lower-cases and folds accents, so that prefix queries ({@code Café*}) see what documents see. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return POSITION_INCREMENT_GAP;
    }
}
