package io.newsalerts.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * What publishing an alert costs in each of the two designs weighed for alert-service: the transactional outbox it has
 * (alerts and an outbox row in one PostgreSQL transaction, a relay sending them with an idempotent producer) and Kafka
 * transactions (each consumed batch's alerts and offsets in one Kafka transaction, a {@code read_committed} consumer
 * storing them back into PostgreSQL idempotently). Against a fresh broker process and a fresh database, it runs each
 * part of each design alone, a warm-up pass and then several rounds, and prints per alert the wall time and the CPU of
 * this JVM, the broker and PostgreSQL, with the per-batch latencies (see {@link CostReport}).
 *
 * <p>Options: {@link CostOptions}. Exit code 0 when it ran, 2 when it could not.
 */
public final class PublishingCost {

    /** The passes, in the order each round runs them (the store-back reads what the transactions pass wrote). */
    enum Pass {
        STORE("a. store"), SEND("send"), OUTBOX("b. outbox"), TRANSACTIONS("c1. kafka transactions"),
        STORE_BACK("c2. store-back");

        final String label;

        Pass(String label) {
            this.label = label;
        }
    }

    private final CostOptions options;
    private final CostStack stack;
    private final PassMeter meter;
    private final AlertBatches generator;
    private final OutboxPasses outbox;
    private final KafkaPasses kafka;

    private PublishingCost(CostOptions options, CostStack stack, Ticker ticker) throws Exception {
        this.options = options;
        this.stack = stack;
        this.meter = new PassMeter(new CpuClock(stack.brokerProcess()), ticker);
        this.generator = new AlertBatches(options.seed(), options.copiesPercent());
        AlertRecords records = new AlertRecords();
        KafkaProducer<String, byte[]> producer = stack.producer("alert-service-outbox", null);
        this.outbox = new OutboxPasses(stack, producer, records);
        this.kafka = new KafkaPasses(stack, producer, records, options.batch());
    }

    public static void main(String[] args) {
        int exitCode = 2;
        try {
            exitCode = run(CostOptions.parse(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
        }
        System.exit(exitCode);
    }

    static int run(CostOptions options) {
        String loadAtStart = MachineFacts.loadAverage();
        Log.line("publishing cost: %,d alerts per pass in batches of %d, %d rounds after a warm-up of %,d; %,d alerts"
                + " preloaded; news.alerts of %d partitions", options.alerts(), options.batch(), options.rounds(),
                options.warmUp(), options.preload(), options.partitions());
        try (Ticker ticker = new Ticker(); CostStack stack = new CostStack(options)) {
            stack.start();
            Log.line("broker at %s, database %s ready", stack.bootstrapServers(), CostStack.DATABASE);
            PublishingCost benchmark = new PublishingCost(options, stack, ticker);
            if (options.warmUp() > 0) {
                benchmark.round("warm-up", options.warmUp());
            }
            CpuClock.Reading idle = benchmark.meter.idle(10);
            Map<Pass, List<PassCost>> rounds = new EnumMap<>(Pass.class);
            for (int round = 1; round <= options.rounds(); round++) {
                benchmark.round("round " + round, options.alerts())
                        .forEach((pass, cost) -> rounds.computeIfAbsent(pass, p -> new ArrayList<>()).add(cost));
            }
            List<AlertBatches.Batch> sample = new AlertBatches(options.seed() + 1, options.copiesPercent()).next(1_000, options.batch());
            new CostReport(options, rounds, idle, loadAtStart, new AlertRecords().meanValueBytes(sample)).write();
            return 0;
        } catch (Exception e) {
            e.printStackTrace();
            return 2;
        }
    }

    /** Every pass once, alone, each on alerts of its own (the store-back on those of the transactions pass). */
    private Map<Pass, PassCost> round(String name, int alerts) throws Exception {
        Map<Pass, PassCost> costs = new EnumMap<>(Pass.class);
        for (Pass pass : Pass.values()) {
            List<AlertBatches.Batch> batches = pass == Pass.STORE_BACK ? List.of()
                    : generator.next(alerts, options.batch());
            stack.settle();
            String label = name + " " + pass.label;
            costs.put(pass, meter.measure(label, alerts, progress -> switch (pass) {
                case STORE -> outbox.store(batches, progress);
                case SEND -> kafka.send(batches, progress);
                case OUTBOX -> outbox.outbox(batches, progress);
                case TRANSACTIONS -> kafka.transactions(batches, progress);
                case STORE_BACK -> kafka.storeBack(alerts, progress);
            }));
        }
        return costs;
    }
}
