package io.newsalerts.stories;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits each run of {@code size} consecutive terms joined by a space: the terms of a {@link ShingleFilter} with
 * minimum and maximum size {@code size}, no unigrams, its default separator and filler, term for term (a position
 * gap is filled with up to {@code size - 1} {@code _} terms, at the end too, and a run of fillers alone is not
 * emitted). Only the term is set; the other attributes are those of the run's last word. It replaces the
 * ShingleFilter in {@link StorySketcher} because that one copies every attribute of every word twice, a fifth of a
 * sketch's cost; {@code WordShingleFilterTest} checks both give the same terms.
 */
final class WordShingleFilter extends TokenFilter {

    private static final char FILLER = '_';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final int size;
    /** The window: a ring of the last {@code size} terms, each a word or a filler. */
    private final StringBuilder[] words;
    private final boolean[] fillers;
    private final StringBuilder waiting = new StringBuilder();
    private int filled;
    private int next;
    private int fillersToInsert;
    private boolean wordWaiting;
    private boolean exhausted;
    private State endState;

    WordShingleFilter(TokenStream input, int size) {
        super(input);
        if (size < 2) {
            throw new IllegalArgumentException("a shingle has at least 2 words");
        }
        this.size = size;
        this.words = new StringBuilder[size];
        this.fillers = new boolean[size];
        for (int i = 0; i < size; i++) {
            words[i] = new StringBuilder();
        }
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (shift()) {
            if (filled == size && !onlyFillers()) {
                term.setEmpty();
                for (int i = 0; i < size; i++) {
                    int slot = (next + i) % size;
                    if (i > 0) {
                        term.append(' ');
                    }
                    if (fillers[slot]) {
                        term.append(FILLER);
                    } else {
                        term.append(words[slot]);
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Adds the next filler or word to the window. @return false at the end of the input */
    private boolean shift() throws IOException {
        if (fillersToInsert > 0) {
            fillersToInsert--;
            fillers[next] = true;
            advance();
            return true;
        }
        if (wordWaiting) {
            wordWaiting = false;
            word().append(waiting);
            advance();
            return true;
        }
        if (exhausted) {
            return false;
        }
        if (input.incrementToken()) {
            int gap = increment.getPositionIncrement() - 1;
            if (gap > 0) {
                fillersToInsert = Math.min(gap, size - 1);
                waiting.setLength(0);
                waiting.append(term.buffer(), 0, term.length());
                wordWaiting = true;
                return shift();
            }
            word().append(term.buffer(), 0, term.length());
            advance();
            return true;
        }
        exhausted = true;
        input.end();
        endState = captureState();
        fillersToInsert = Math.min(increment.getPositionIncrement(), size - 1);
        return fillersToInsert > 0 && shift();
    }

    /** The slot at the end of the window for a word, emptied (its term, the window's first, is dropped). */
    private StringBuilder word() {
        fillers[next] = false;
        words[next].setLength(0);
        return words[next];
    }

    private void advance() {
        next = (next + 1) % size;
        filled = Math.min(filled + 1, size);
    }

    private boolean onlyFillers() {
        for (boolean filler : fillers) {
            if (!filler) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void end() throws IOException {
        if (exhausted) {
            restoreState(endState);
        } else {
            super.end();
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        Arrays.fill(fillers, false);
        filled = 0;
        next = 0;
        fillersToInsert = 0;
        wordWaiting = false;
        exhausted = false;
        endState = null;
    }
}
