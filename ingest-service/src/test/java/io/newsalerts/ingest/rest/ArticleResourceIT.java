package io.newsalerts.ingest.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The assertions of {@link ArticleResourceTest} against the packaged application: the jar that ships, run as a
 * process with the {@code test} profile, publishing to the same real broker that the test reads back.
 */
@QuarkusIntegrationTest
class ArticleResourceIT extends ArticleResourceTest {
}
