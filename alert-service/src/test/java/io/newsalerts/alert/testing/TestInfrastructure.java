package io.newsalerts.alert.testing;

import io.newsalerts.localinfra.KafkaBrokerTestResource;
import io.newsalerts.localinfra.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** The real infrastructure every {@code @QuarkusTest} of this module runs against: a Kafka broker and PostgreSQL. */
@QuarkusTestResource(KafkaBrokerTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "newsalerts_alerts_test"))
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}
