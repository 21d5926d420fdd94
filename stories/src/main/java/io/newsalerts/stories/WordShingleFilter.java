package io.newsalerts.stories;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Emits each run of {@code size} consecutive terms joined by a space: the terms of a {@link ShingleFilter} with
 * minimum and maximum size {@code size}, no unigrams, its default separator and filler, term for term (a position
 * gap is filled with up to {@code size - 1} {@code _} terms, at the end too, and a run of fillers alone is not
 * emitted). Only the term is set; the other attributes are those of the run's last word. It replaces the
 * ShingleFilter in {@link StorySketcher} because that one copies every attribute of every word twice, a fifth of a
 * sketch's cost; the words are kept as char arrays, copied in bulk into each shingle (appending string builders
 * cost a quarter of ingest-service's CPU); {@code WordShingleFilterTest} checks both give the same terms.
 */
final class WordShingleFilter extends TokenFilter {

    private static final char FILLER = '_';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final int size;
    /** The window: a ring of the last {@code size} terms, each a word (its chars and length) or a filler. */
    private final char[][] words;
    private final int[] lengths;
    private final boolean[] fillers;
    private char[] waiting = new char[16];
    private int waitingLength;
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
        this.words = new char[size][16];
        this.lengths = new int[size];
        this.fillers = new boolean[size];
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (shift()) {
            if (filled == size && !onlyFillers()) {
                joinWindow();
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
            setWord(waiting, waitingLength);
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
                waiting = copy(term.buffer(), term.length(), waiting);
                waitingLength = term.length();
                wordWaiting = true;
                return shift();
            }
            setWord(term.buffer(), term.length());
            advance();
            return true;
        }
        exhausted = true;
        input.end();
        endState = captureState();
        fillersToInsert = Math.min(increment.getPositionIncrement(), size - 1);
        return fillersToInsert > 0 && shift();
    }

    /** Sets the window's terms, first to last, joined by spaces, as the term: copied in bulk. */
    private void joinWindow() {
        int length = size - 1;
        for (int slot = 0; slot < size; slot++) {
            length += fillers[slot] ? 1 : lengths[slot];
        }
        char[] shingle = term.resizeBuffer(length);
        int at = 0;
        for (int i = 0; i < size; i++) {
            int slot = (next + i) % size;
            if (i > 0) {
                shingle[at++] = ' ';
            }
            if (fillers[slot]) {
                shingle[at++] = FILLER;
            } else {
                System.arraycopy(words[slot], 0, shingle, at, lengths[slot]);
                at += lengths[slot];
            }
        }
        term.setLength(length);
    }

    /** Puts a word in the slot at the end of the window (its term, the window's first, is dropped). */
    private void setWord(char[] chars, int length) {
        fillers[next] = false;
        words[next] = copy(chars, length, words[next]);
        lengths[next] = length;
    }

    /** @return {@code into}, or a bigger array if it cannot hold them, holding the first {@code length} chars */
    private static char[] copy(char[] chars, int length, char[] into) {
        char[] target = into.length < length ? new char[ArrayUtil.oversize(length, Character.BYTES)] : into;
        System.arraycopy(chars, 0, target, 0, length);
        return target;
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
