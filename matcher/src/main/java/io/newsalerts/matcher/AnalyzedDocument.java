package io.newsalerts.matcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * A document analyzed once for the indexed matcher: its distinct terms, each with the fields and positions it
 * has, numbered exactly as {@link DocumentIndex}'s {@code MemoryIndex} numbers them ({@code text} holds the
 * type's text sources one after the other with {@link NewsAnalyzer#POSITION_INCREMENT_GAP} between values;
 * every field also under its own id), plus each field's token offsets for snippets. Each field value is run
 * through the analyzer once and serves both its own field and {@code text}: the analyzer does not depend on the
 * field name. Not thread-safe: one per document and thread.
 */
final class AnalyzedDocument {

    private static final int[] NONE = new int[0];

    private final MatchDocument document;
    private final List<DocTerm> terms = new ArrayList<>();
    private DocTerm[] table = new DocTerm[256];
    private final int[][] tokenStarts = new int[FieldIds.COUNT][];
    private final int[][] tokenEnds = new int[FieldIds.COUNT][];
    private final DocTerm[][] sortedTerms = new DocTerm[FieldIds.COUNT][];
    private int textTokens;
    private int textLastPosition;
    private int[] byVocabularyKeys = NONE;
    private DocTerm[] byVocabularyValues;
    private int[] byPrefixKeyKeys = NONE;
    private DocTerm[] byPrefixKeyValues;
    private DocumentIndex luceneIndex;

    private AnalyzedDocument(MatchDocument document) {
        this.document = document;
    }

    /** Analyzes the document's fields: the type's text sources first, in order, then the other fields. */
    static AnalyzedDocument of(MatchDocument document) {
        AnalyzedDocument analyzed = new AnalyzedDocument(document);
        List<String> textSources = NewsFields.textSources(document.type());
        for (String field : textSources) {
            analyzed.analyze(field, true);
        }
        for (String field : NewsFields.QUERYABLE) {
            if (!textSources.contains(field)) {
                analyzed.analyze(field, false);
            }
        }
        return analyzed;
    }

    MatchDocument document() {
        return document;
    }

    /** The document in a Lucene {@code MemoryIndex}, made on first use: only queries that have no plan need it. */
    DocumentIndex luceneIndex() {
        if (luceneIndex == null) {
            luceneIndex = DocumentIndex.of(document);
        }
        return luceneIndex;
    }

    List<DocTerm> terms() {
        return terms;
    }

    /** The distinct terms' text, for {@link TermStatistics#observe}. */
    List<String> termTexts() {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return terms.get(index).text;
            }

            @Override
            public int size() {
                return terms.size();
            }
        };
    }

    /**
     * Looks every term up in the vocabulary, for {@link #term(int)}, and with {@code prefixKeys} also every
     * term's prefix key, for prefix matching by key; call again after the vocabulary changed.
     */
    void resolve(Vocabulary vocabulary, boolean prefixKeys) {
        int capacity = Integer.highestOneBit(Math.max(terms.size(), 8) * 4 - 1) << 1;
        if (byVocabularyKeys.length != capacity) {
            byVocabularyKeys = new int[capacity];
            byVocabularyValues = new DocTerm[capacity];
            byPrefixKeyKeys = new int[capacity];
            byPrefixKeyValues = new DocTerm[capacity];
        } else {
            Arrays.fill(byVocabularyKeys, 0);
            Arrays.fill(byPrefixKeyKeys, 0);
        }
        int mask = capacity - 1;
        for (DocTerm term : terms) {
            int id = vocabulary.find(term.text, term.text.length(), term.hash);
            term.vocabularyId = id;
            if (id >= 0) {
                int slot = Vocabulary.mix(id) & mask;
                while (byVocabularyKeys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                byVocabularyKeys[slot] = id + 1;
                byVocabularyValues[slot] = term;
            }
            int cut = prefixKeys ? term.prefixCut() : -1;
            term.prefixKeyId = cut > 0 ? vocabulary.find(term.text, cut, term.prefixHash()) : -1;
            term.nextWithPrefixKey = null;
            if (term.prefixKeyId >= 0) {
                int slot = Vocabulary.mix(term.prefixKeyId) & mask;
                while (byPrefixKeyKeys[slot] != 0 && byPrefixKeyKeys[slot] != term.prefixKeyId + 1) {
                    slot = (slot + 1) & mask;
                }
                term.nextWithPrefixKey = byPrefixKeyKeys[slot] == 0 ? null : byPrefixKeyValues[slot];
                byPrefixKeyKeys[slot] = term.prefixKeyId + 1;
                byPrefixKeyValues[slot] = term;
            }
        }
    }

    /** Whether some term of the field has the prefix key with this vocabulary id. */
    boolean hasPrefixKey(int field, int keyId) {
        for (DocTerm term = withPrefixKey(keyId); term != null; term = term.nextWithPrefixKey) {
            if (term.in(field)) {
                return true;
            }
        }
        return false;
    }

    /** The first of the document's terms with this prefix key id (the rest follow by {@code nextWithPrefixKey}). */
    private DocTerm withPrefixKey(int keyId) {
        int[] keys = byPrefixKeyKeys;
        int mask = keys.length - 1;
        for (int slot = Vocabulary.mix(keyId) & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == keyId + 1) {
                return byPrefixKeyValues[slot];
            }
        }
        return null;
    }

    /** The document's term with this vocabulary id, or {@code null}. */
    DocTerm term(int vocabularyId) {
        int[] keys = byVocabularyKeys;
        int mask = keys.length - 1;
        for (int slot = Vocabulary.mix(vocabularyId) & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
            if (keys[slot] == vocabularyId + 1) {
                return byVocabularyValues[slot];
            }
        }
        return null;
    }

    /** Whether the document has the term with this vocabulary id in the field. */
    boolean contains(int field, int vocabularyId) {
        DocTerm term = term(vocabularyId);
        return term != null && term.in(field);
    }

    /**
     * Whether some term of the field starts with the prefix, whose prefix key has vocabulary id {@code keyId}
     * (-1 for a prefix shorter than a key: then the field's terms are searched in order).
     */
    boolean hasTermStartingWith(int field, String prefix, int keyId) {
        if (keyId >= 0) {
            for (DocTerm term = withPrefixKey(keyId); term != null; term = term.nextWithPrefixKey) {
                if (term.in(field) && term.text.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
        DocTerm[] sorted = sorted(field);
        int at = ceiling(sorted, prefix);
        return at < sorted.length && sorted[at].text.startsWith(prefix);
    }

    /** The field's terms that start with the prefix, in Lucene's term order; {@code keyId} as above. */
    List<DocTerm> termsStartingWith(int field, String prefix, int keyId) {
        List<DocTerm> found = new ArrayList<>();
        if (keyId >= 0) {
            for (DocTerm term = withPrefixKey(keyId); term != null; term = term.nextWithPrefixKey) {
                if (term.in(field) && term.text.startsWith(prefix)) {
                    found.add(term);
                }
            }
            found.sort((a, b) -> Prefixes.compareCodePoints(a.text, b.text));
            return found;
        }
        DocTerm[] sorted = sorted(field);
        for (int at = ceiling(sorted, prefix); at < sorted.length && sorted[at].text.startsWith(prefix); at++) {
            found.add(sorted[at]);
        }
        return found;
    }

    /**
     * Start and end offsets, in the field's own value, of its first token that is one of {@code hits}, or
     * {@code null}: what {@link Snippets} would find by analyzing the value again.
     */
    int[] firstOccurrence(int field, List<DocTerm> hits) {
        int first = Integer.MAX_VALUE;
        for (DocTerm hit : hits) {
            int token = hit.firstToken(field);
            if (token >= 0 && token < first) {
                first = token;
            }
        }
        return first == Integer.MAX_VALUE ? null : new int[] {tokenStarts[field][first], tokenEnds[field][first]};
    }

    private DocTerm[] sorted(int field) {
        DocTerm[] sorted = sortedTerms[field];
        if (sorted == null) {
            sorted = terms.stream().filter(term -> term.in(field)).toArray(DocTerm[]::new);
            Arrays.sort(sorted, (a, b) -> Prefixes.compareCodePoints(a.text, b.text));
            sortedTerms[field] = sorted;
        }
        return sorted;
    }

    private static int ceiling(DocTerm[] sorted, String key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Prefixes.compareCodePoints(sorted[middle].text, key) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Mirrors {@code MemoryIndex.storeTerms}: a value after the first with tokens starts a gap further on. */
    private void analyze(String fieldName, boolean alsoText) {
        String value = document.field(fieldName);
        if (value == null) {
            return;
        }
        int field = FieldIds.of(fieldName);
        int textPosition = alsoText && textTokens > 0 ? textLastPosition + NewsAnalyzer.POSITION_INCREMENT_GAP : -1;
        int position = -1;
        int tokens = 0;
        int[] starts = new int[16];
        int[] ends = new int[16];
        try (TokenStream stream = NewsAnalyzer.shared().tokenStream(fieldName, value)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int step = increment.getPositionIncrement();
                position += step;
                if (tokens == starts.length) {
                    starts = Arrays.copyOf(starts, tokens * 2);
                    ends = Arrays.copyOf(ends, tokens * 2);
                }
                starts[tokens] = offset.startOffset();
                ends[tokens] = offset.endOffset();
                boolean snippetUsable = true;
                DocTerm docTerm;
                if (hasSurrogate(term.buffer(), term.length())) {
                    // Lucene stores UTF-8: an unpaired surrogate becomes U+FFFD in the term, while Snippets
                    // compares the raw token, which then never equals a matched term.
                    String raw = term.toString();
                    String stored = new BytesRef(raw).utf8ToString();
                    snippetUsable = stored.equals(raw);
                    docTerm = intern(stored.toCharArray(), stored.length());
                } else {
                    docTerm = intern(term.buffer(), term.length());
                }
                docTerm.add(field, position, snippetUsable ? tokens : -1);
                if (alsoText) {
                    textTokens++;
                    textPosition += step;
                    docTerm.add(FieldIds.TEXT, textPosition, -1);
                }
                tokens++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (alsoText && textTokens > 0) {
            textLastPosition = textPosition;
        }
        tokenStarts[field] = starts;
        tokenEnds[field] = ends;
    }

    private DocTerm intern(char[] chars, int length) {
        int hash = Prefixes.hash(chars, length);
        int mask = table.length - 1;
        int slot = Vocabulary.mix(hash) & mask;
        for (DocTerm known = table[slot]; known != null; known = table[slot]) {
            if (known.hash == hash && sameChars(known.text, chars, length)) {
                return known;
            }
            slot = (slot + 1) & mask;
        }
        DocTerm added = new DocTerm(new String(chars, 0, length), hash);
        table[slot] = added;
        terms.add(added);
        if (terms.size() * 2 > table.length) {
            grow();
        }
        return added;
    }

    private void grow() {
        DocTerm[] larger = new DocTerm[table.length * 2];
        int mask = larger.length - 1;
        for (DocTerm term : terms) {
            int slot = Vocabulary.mix(term.hash) & mask;
            while (larger[slot] != null) {
                slot = (slot + 1) & mask;
            }
            larger[slot] = term;
        }
        table = larger;
    }

    private static boolean sameChars(String text, char[] chars, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSurrogate(char[] chars, int length) {
        for (int i = 0; i < length; i++) {
            if (Character.isSurrogate(chars[i])) {
                return true;
            }
        }
        return false;
    }
}
