package io.newsalerts.localinfra;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The Kafka broker (KRaft, {@link LocalKafkaMain}) as its own JVM, on fixed ports and a data directory, so that it
 * can be killed and started again on the same data like a real broker. Needs local-infra packaged (its jar and
 * {@code target/lib}).
 */
public final class BrokerProcess implements AutoCloseable {

    private final List<String> command;
    private final int port;
    private final Path log;
    private Process process;

    public BrokerProcess(Path repo, int port, int controllerPort, Path dataDir, Path log) throws IOException {
        Path target = repo.resolve("local-infra/target");
        Path jar;
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(f -> f.getFileName().toString().matches("local-infra-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no local-infra jar in " + target
                            + ": package local-infra first (run.sh does)"));
        }
        String classpath = jar + File.pathSeparator + target.resolve("lib") + File.separator + "*";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        this.command = List.of(java, "-Xmx1g", "-cp", classpath, "io.newsalerts.localinfra.LocalKafkaMain",
                Integer.toString(port), Integer.toString(controllerPort), dataDir.toString());
        this.port = port;
        this.log = log;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Starts the broker process; the log is appended to across restarts. */
    public void start() throws IOException {
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    /** Waits until the broker answers an admin request. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        Map<String, Object> settings = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        try (Admin admin = Admin.create(settings)) {
            Wait.require("broker ready (log: " + log + ")", timeout, () -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("broker exited; its log: " + log);
                }
                return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
            });
        }
    }

    /** The running broker process (its CPU time, for example). */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** SIGKILL: a hard bounce, nothing flushed or shut down cleanly. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
