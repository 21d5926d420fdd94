package io.newsalerts.ingest.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.newsalerts.edge.problem.Problems;
import io.newsalerts.ingest.kafka.BrokerUnavailableException;

/** The one failure of ingest-service that the shared edge does not know: the broker did not take an event. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response brokerUnavailable(BrokerUnavailableException exception, UriInfo uri) {
        LOG.warnf("Answering 503: %s", exception.getMessage());
        return Problems.response(IngestProblems.brokerUnavailable(
                "The event was not acknowledged by Kafka and has not been accepted; retry later.")
                .at(uri.getRequestUri().getRawPath()))
                .header(HttpHeaders.RETRY_AFTER, IngestProblems.RETRY_AFTER_SECONDS)
                .build();
    }
}
