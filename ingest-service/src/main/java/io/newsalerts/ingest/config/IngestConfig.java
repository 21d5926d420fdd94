package io.newsalerts.ingest.config;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The ingest-service's own settings, under the {@code newsalerts} prefix. The Kafka bootstrap servers are the
 * standard {@code kafka.bootstrap.servers} key (environment {@code KAFKA_BOOTSTRAP_SERVERS}).
 */
@ConfigMapping(prefix = "newsalerts")
public interface IngestConfig {

    /**
     * The bearer token that every ingest call must present (environment {@code NEWSALERTS_PUBLISHER_TOKEN}).
     * Required: without it the service refuses to start.
     */
    String publisherToken();

    /** The database the service must be given; see {@link Datasource}. */
    Datasource datasource();

    /**
     * The datasource's URL and user, mirrored from {@code quarkus.datasource.*} so that startup checks them: in
     * production they have no default, and without {@code QUARKUS_DATASOURCE_JDBC_URL} and
     * {@code QUARKUS_DATASOURCE_USERNAME} (or the properties) the service does not start, naming what is missing.
     */
    interface Datasource {

        /** {@code quarkus.datasource.jdbc.url}: required. */
        String url();

        /** {@code quarkus.datasource.username}: required. */
        String username();
    }



    /**
     * How long an item stays claimed by a request that has not settled it (see {@code ItemPublication}): within it,
     * another request for the item is answered 503, after it the item may be published again (its first request's
     * replica died). Must be well above {@code kafka.delivery-timeout}.
     */
    @WithDefault("30s")
    Duration claimTimeout();

    /** How concurrent single-item requests are published together (see {@code IngestBatcher}). */
    Batching batching();


    /** How events are published. */
    Kafka kafka();

    /** How feeds are registered and polled. */
    Feeds feeds();

    /** How articles are placed in stories (see {@code StoryAssignment}). */
    Stories stories();

    /** Near-duplicate articles share a story (the contract's Stories section). */
    interface Stories {

        /**
         * The least estimated Jaccard similarity of the 5-word shingles of two articles (title and body) for the
         * later one to join the earlier one's story.
         */
        @WithDefault("0.8")
        double threshold();

        /** How far back a story is looked for; older sketches are deleted. */
        @WithDefault("7d")
        Duration window();

        /** How often sketches older than the window are deleted (on any replica; the deletion is idempotent). */
        @WithDefault("1h")
        Duration expireEvery();

        /**
         * How many texts that started a story this replica remembers (see {@code RecentTexts}), so that their exact
         * copies are placed without a sketch, a detection or a database round trip; 0: none.
         */
        @WithDefault("50000")
        int recentTexts();
    }

    /** How the language of articles sent without one is detected. */
    Language language();

    /**
     * Language detection (see {@code LanguageDetector}); the defaults come from language-benchmark's measurements
     * on 26 languages: below 50 characters accuracy falls under 0.9, at 100 it is 0.976 and each detection takes
     * about 0.015 ms of CPU (0.04-0.06 ms with cold caches).
     */
    interface Language {

        /** Texts shorter than this (in characters) get no language: too short to tell. */
        @WithDefault("50")
        int minLength();

        /** Only the first this many characters of title, summary and body are read: the cost grows with length. */
        @WithDefault("100")
        int maxChars();

        /**
         * The least probability (0-1) of the likeliest language for it to be taken (the model's posterior, Chinese's
         * two profiles summed). At 0.8, on 100 characters, 0.972 of the sentences get their language and about half
         * of the wrong answers (Spanish taken for Galician, Indonesian for Malay) none; 0.5 would answer 0.976 right.
         */
        @WithDefault("0.8")
        double minConfidence();
    }

    /** Group commit of single-item requests. */
    interface Batching {

        /**
         * Batches being published at the same time: the waits for PostgreSQL and Kafka of some overlap. More means
         * smaller batches, each paying its own round trips (2 served 32 concurrent clients best on 2 cores).
         */
        @WithDefault("2")
        int concurrency();

        /** The most single-item requests published as one batch. */
        @WithDefault("500")
        int maxItems();
    }

    /** Settings of the Kafka producer and of the topics it writes. */
    interface Kafka {

        /**
         * How long one event may take to be acknowledged by the broker before the request is answered with
         * 503 (producer {@code delivery.timeout.ms}; must be at least request-timeout).
         */
        @WithDefault("10s")
        Duration deliveryTimeout();

        /** How long the producer waits for one answer of the broker ({@code request.timeout.ms}). */
        @WithDefault("5s")
        Duration requestTimeout();

        /** How long sending may block on missing topic metadata or a full buffer ({@code max.block.ms}). */
        @WithDefault("5s")
        Duration maxBlock();

        /**
         * The largest event (its JSON value) published; a larger item is answered with 413. Keep it below the
         * broker's {@code message.max.bytes} (about 1 MiB by default) less some room for headers.
         */
        @WithDefault("1000000")
        MemorySize maxEventBytes();

        /** Whether to create the event topics at startup when they do not exist yet. */
        @WithDefault("true")
        boolean createTopics();

        /** Partitions of the event topics created at startup. */
        @WithDefault("6")
        int topicPartitions();

        /** How long creating the event topics at startup may take before the service starts without them. */
        @WithDefault("10s")
        Duration topicCreationTimeout();
    }

    /** Settings of the feed poller (see {@code FeedPoller}). */
    interface Feeds {

        /** Whether this replica polls feeds at all; the REST calls work either way. */
        @WithDefault("true")
        boolean pollerEnabled();

        /**
         * How often the poller looks for due feeds; a feed is polled at most this much after it is due. The scheduler
         * looks at its jobs once a second: a shorter interval acts as one second.
         */
        @WithDefault("5s")
        Duration pollEvery();

        /** The shortest {@code pollSeconds} a client may ask for. */
        @WithDefault("30")
        int minPollSeconds();

        /** The longest {@code pollSeconds} a client may ask for. */
        @WithDefault("86400")
        int maxPollSeconds();

        /** The {@code pollSeconds} of a feed registered without one. */
        @WithDefault("300")
        int defaultPollSeconds();

        /** The most feeds one replica polls per look, one after the other; the rest wait for the next look. */
        @WithDefault("20")
        int maxFeedsPerRound();

        /**
         * How long a replica owns a feed it claimed for polling. No other replica polls the feed before the lease
         * ends; the poller stops working on a feed (and retries it later) before its lease runs out. Must be well
         * above fetch-timeout plus the Kafka delivery-timeout.
         */
        @WithDefault("5m")
        Duration lease();

        /**
         * Time a poll keeps in hand at the end of its lease, beyond one more publication, for recording its outcome:
         * it attempts no further article once less is left.
         */
        @WithDefault("10s")
        Duration leaseMargin();

        /** How long establishing the connection to a feed's server may take. */
        @WithDefault("10s")
        Duration connectTimeout();

        /** How long fetching one feed document may take in all, body included. */
        @WithDefault("30s")
        Duration fetchTimeout();

        /** The largest feed document accepted (after decompression); a larger one fails the poll. */
        @WithDefault("5M")
        MemorySize maxDocumentSize();

        /**
         * Whether feed URLs may reach loopback, private, link-local or multicast addresses: refused by default, at
         * registration (400) and at every connection, redirects included. Only for local runs and tests, whose
         * feed servers are on loopback.
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /** The {@code User-Agent} of feed requests. */
        @WithDefault("newsalerts-ingest/1.0 (feed poller)")
        String userAgent();
    }
}
