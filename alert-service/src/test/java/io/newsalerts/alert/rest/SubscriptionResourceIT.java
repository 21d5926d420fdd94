package io.newsalerts.alert.rest;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The assertions of {@link SubscriptionResourceTest} against the packaged application: the jar that ships, run as a
 * process with the {@code test} profile, on the same real broker and PostgreSQL test resources.
 */
@QuarkusIntegrationTest
class SubscriptionResourceIT extends SubscriptionResourceTest {
}
