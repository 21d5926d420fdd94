package io.newsalerts.ingest.feed;

import java.net.URI;

/**
 * What fetching a feed brought: a document ({@code body}, with the {@code Content-Type} it was served with and the
 * validators for the next conditional request), or, when the server answered 304, nothing new.
 *
 * @param uri where the answer finally came from (after redirects): relative links are resolved against it
 */
public record FetchResult(URI uri, boolean notModified, byte[] body, String contentType, String etag,
        String lastModified) {

    static FetchResult notModified(URI uri) {
        return new FetchResult(uri, true, null, null, null, null);
    }
}
