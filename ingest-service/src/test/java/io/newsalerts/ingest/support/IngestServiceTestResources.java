package io.newsalerts.ingest.support;

/**
 * Every {@code @QuarkusTest} class of this module is annotated with the same two test resources, so that Quarkus
 * starts the application once for all of them:
 *
 * <pre>
 * &#64;QuarkusTestResource(KafkaBrokerTestResource.class)
 * &#64;QuarkusTestResource(value = PostgresTestResource.class,
 *         initArgs = &#64;ResourceArg(name = "database", value = IngestServiceTestResources.DATABASE))
 * </pre>
 *
 * A real Kafka broker in the test JVM, and a database recreated on the local PostgreSQL server for each run.
 */
public final class IngestServiceTestResources {

    /** The test database, recreated by {@code PostgresTestResource} at the start of each run. */
    public static final String DATABASE = "newsalerts_ingest_test";

    private IngestServiceTestResources() {
    }
}
