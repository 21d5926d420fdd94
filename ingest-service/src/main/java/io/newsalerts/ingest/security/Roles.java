package io.newsalerts.ingest.security;

/** The roles of ingest-service's callers. */
public final class Roles {

    /** Holds the publisher token: may ingest and manage feeds. */
    public static final String PUBLISHER = "publisher";

    private Roles() {
    }
}
