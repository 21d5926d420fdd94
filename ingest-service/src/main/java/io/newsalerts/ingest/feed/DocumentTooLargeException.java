package io.newsalerts.ingest.feed;

import java.io.IOException;

/** A feed document larger than the configured maximum (before or after decompression). */
class DocumentTooLargeException extends IOException {

    DocumentTooLargeException(long maxBytes) {
        super("the document is larger than " + maxBytes + " bytes");
    }
}
