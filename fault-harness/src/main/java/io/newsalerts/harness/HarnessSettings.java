package io.newsalerts.harness;

import java.time.Duration;

/**
 * The sizes of a harness run: the full sizes of the issue, or the quick ones (about 5-10 times smaller, short
 * outages) that CI runs.
 *
 * @param mode                 {@code full} or {@code quick}
 * @param clients              client threads posting articles over HTTP
 * @param killAlertArticles    case 1: articles streamed while alert-service is killed twice
 * @param killAlertStream      case 1: how long that stream is paced to last: long enough for the first kill's
 *                             backlog to be caught up before two thirds of it
 * @param killIngestArticles   case 2: articles of the burst during which ingest-service is killed
 * @param brokerArticles       case 3: articles of the paced stream during which the broker is down
 * @param brokerStream         case 3: how long that stream is paced to last
 * @param brokerOutage         case 3: how long the broker stays down
 * @param postgresArticles     case 4: articles of the paced stream during which PostgreSQL is cut off
 * @param postgresStream       case 4: how long that stream is paced to last
 * @param postgresOutage       case 4: how long alert-service's connection to PostgreSQL stays cut
 * @param poisonValidArticles  case 5: valid articles among which the two poison records go
 * @param shutdownArticles     case 7: articles of the paced stream during which each service gets SIGTERM
 * @param shutdownStream       case 7: how long that stream is paced to last
 * @param webhookArticles      case 8: articles of the burst whose alerts wait for the slow webhook endpoint
 * @param webhookCallDelay     case 8: how long that endpoint takes to answer each call
 * @param convergence          how long the pipeline may take to deliver everything after a case's stream
 */
record HarnessSettings(String mode, int clients, int killAlertArticles, Duration killAlertStream,
        int killIngestArticles,
        int brokerArticles, Duration brokerStream, Duration brokerOutage,
        int postgresArticles, Duration postgresStream, Duration postgresOutage,
        int poisonValidArticles, int shutdownArticles, Duration shutdownStream, int webhookArticles,
        Duration webhookCallDelay, Duration convergence) {

    /** How long a restarted service may take to be ready again. */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    /** The sizes of the issue. */
    static HarnessSettings full() {
        return new HarnessSettings("full", 4, 10_000, Duration.ofSeconds(120), 5_000,
                3_000, Duration.ofSeconds(40), Duration.ofSeconds(20),
                3_000, Duration.ofSeconds(50), Duration.ofSeconds(30),
                1_000, 3_000, Duration.ofSeconds(30), 1_000, Duration.ofMillis(100), Duration.ofSeconds(240));
    }

    /** CI sizes: the same cases, smaller and with short outages. */
    static HarnessSettings quick() {
        return new HarnessSettings("quick", 4, 1_000, Duration.ofSeconds(40), 600,
                400, Duration.ofSeconds(10), Duration.ofSeconds(5),
                400, Duration.ofSeconds(10), Duration.ofSeconds(6),
                200, 400, Duration.ofSeconds(10), 400, Duration.ofMillis(100), Duration.ofSeconds(90));
    }
}
