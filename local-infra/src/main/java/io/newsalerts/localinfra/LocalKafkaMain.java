package io.newsalerts.localinfra;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a {@link LocalKafkaBroker} in the foreground until the process is stopped.
 *
 * <p>Arguments: {@code [port] [controllerPort] [logDir]}, defaults {@code 9092 9093 .local/kafka}.
 */
public final class LocalKafkaMain {

    private LocalKafkaMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9092;
        int controllerPort = args.length > 1 ? Integer.parseInt(args[1]) : 9093;
        Path logDir = Path.of(args.length > 2 ? args[2] : ".local/kafka");
        long started = System.nanoTime();
        LocalKafkaBroker broker = LocalKafkaBroker.persistent(port, controllerPort, logDir, Map.of()).start();
        System.out.printf("Kafka broker ready at %s (log dir %s) in %d ms%n", broker.bootstrapServers(),
                logDir.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.stop();
            stopped.countDown();
        }, "kafka-shutdown"));
        stopped.await();
    }
}
