package io.newsalerts.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

/**
 * Reads feed documents (RSS 0.90 to 2.0, Atom 0.3 and 1.0) with Rome.
 *
 * <p>Character set: Rome's lenient {@link XmlReader} takes the byte-order mark, then the XML declaration's
 * {@code encoding}, then the HTTP {@code charset}, then UTF-8. (Where the declaration and HTTP disagree, the
 * declaration wins: the document knows itself better than a server-wide default does.) A {@code Content-Type}
 * without {@code charset} is not passed on, so that a {@code text/xml} document is not forced to US-ASCII as
 * RFC 3023 would have it. One addition: a document that declares no charset anywhere and is not valid UTF-8 is
 * read as windows-1252 (the superset of ISO-8859-1 that such feeds are in practice) rather than with
 * replacement characters.
 *
 * <p>Rome's "healer" is on: it trims what precedes the XML declaration and turns HTML entities into characters.
 * DOCTYPEs are allowed (RSS 0.91 declares one) but external DTDs and entities are never loaded. A document that
 * is not well-formed is given to {@link TruncatedFeedRepair}; if that yields a feed, its entries are kept and the
 * result is marked damaged.
 */
public final class FeedDocumentParser {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern CHARSET_PARAMETER = Pattern.compile(";\\s*charset\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECLARED_ENCODING = Pattern.compile("<\\?xml[^>]*\\sencoding\\s*=");
    private static final int PROLOG_BYTES = 1024;

    private FeedDocumentParser() {
    }

    /**
     * @param contentType the HTTP {@code Content-Type} of the document, or {@code null}
     * @throws FeedParseException if the document is no feed, or not of {@code kind}
     */
    public static ParsedFeed parse(byte[] document, String contentType, FeedKind kind) {
        String text = decode(document, contentType);
        ParsedFeed parsed;
        try {
            parsed = new ParsedFeed(build(text), null);
        } catch (FeedParseException damaged) {
            Optional<String> repaired = TruncatedFeedRepair.repair(text);
            if (repaired.isEmpty()) {
                throw damaged;
            }
            try {
                SyndFeed feed = build(repaired.get());
                parsed = new ParsedFeed(feed, damaged.getMessage() + "; kept the " + feed.getEntries().size()
                        + " entries before the damage");
            } catch (FeedParseException stillDamaged) {
                throw damaged;
            }
        }
        String feedType = parsed.feed().getFeedType();
        if (!kind.accepts(feedType)) {
            throw new FeedParseException("expected " + (kind == FeedKind.RSS ? "an RSS" : "an Atom")
                    + " feed, found " + feedType);
        }
        return parsed;
    }

    private static SyndFeed build(String text) {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(true);
        input.setXmlHealerOn(true);
        try {
            return input.build(new StringReader(text));
        } catch (FeedException e) {
            throw new FeedParseException(oneLine(e.getMessage()));
        } catch (IllegalArgumentException e) {
            // Rome's answer to well-formed XML that is no feed it knows.
            throw new FeedParseException("not an RSS or Atom feed: " + oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            throw new FeedParseException("unreadable feed: " + e);
        }
    }

    private static String decode(byte[] document, String contentType) {
        boolean httpCharset = contentType != null && CHARSET_PARAMETER.matcher(contentType).find();
        try {
            Reader reader;
            if (!httpCharset && !hasByteOrderMark(document) && !declaresEncoding(document) && !isUtf8(document)) {
                reader = new InputStreamReader(new ByteArrayInputStream(document), WINDOWS_1252);
            } else {
                reader = new XmlReader(new ByteArrayInputStream(document), httpCharset ? contentType : null, true,
                        StandardCharsets.UTF_8.name());
            }
            try (reader) {
                StringBuilder text = new StringBuilder(document.length);
                char[] buffer = new char[8192];
                for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
                    text.append(buffer, 0, read);
                }
                return text.toString();
            }
        } catch (IOException e) {
            throw new FeedParseException("cannot decode the document: " + oneLine(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new FeedParseException("cannot decode the document: " + oneLine(e.getCause().getMessage()));
        }
    }

    private static boolean hasByteOrderMark(byte[] document) {
        return startsWith(document, 0xEF, 0xBB, 0xBF) || startsWith(document, 0xFE, 0xFF)
                || startsWith(document, 0xFF, 0xFE);
    }

    private static boolean startsWith(byte[] document, int... bytes) {
        if (document.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((document[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean declaresEncoding(byte[] document) {
        String prolog = new String(document, 0, Math.min(document.length, PROLOG_BYTES), StandardCharsets.ISO_8859_1);
        return DECLARED_ENCODING.matcher(prolog).find();
    }

    private static boolean isUtf8(byte[] document) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(document));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
