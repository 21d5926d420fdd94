package io.newsalerts.localinfra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A packaged Quarkus service (its {@code quarkus-run.jar}) run as a separate JVM process, as an operator runs it;
 * it can be stopped gently (SIGTERM), killed (SIGKILL) and started again with the same settings.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private final List<String> jvmOptions;
    private Process process;
    private long startedNanos;

    private ServiceProcess(String name, Path jar, int port, Map<String, String> environment, Path log,
            List<String> jvmOptions) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.log = log;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * Starts {@code <repo>/<module>/target/quarkus-app/quarkus-run.jar} on {@code port}, logging to
     * {@code logDir/<module>.log}.
     */
    public static ServiceProcess start(Path repo, String module, int port, Map<String, String> environment,
            Path logDir) throws IOException {
        return start(repo, module, port, environment, logDir, List.of());
    }

    /**
     * Like {@link #start(Path, String, int, Map, Path)}, with extra JVM options after the default {@code -Xmx512m}
     * (a later {@code -Xmx} wins, so {@code -Xmx2g} gives a bigger heap).
     */
    public static ServiceProcess start(Path repo, String module, int port, Map<String, String> environment,
            Path logDir, List<String> jvmOptions) throws IOException {
        Path jar = repo.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn verify does)");
        }
        Files.createDirectories(logDir);
        ServiceProcess service = new ServiceProcess(module, jar, port, environment, logDir.resolve(module + ".log"),
                jvmOptions);
        service.start();
        return service;
    }

    /** Starts the process again after {@link #kill()} or {@link #terminate()}; the log is appended to. */
    public void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        startedNanos = System.nanoTime();
        process = builder.start();
    }

    /** Waits until {@code /q/health/ready} answers 200; returns the milliseconds since the process started. */
    public long awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; its log: " + log + "\n" + tail());
            }
            if (healthStatus("ready") == 200) {
                return (System.nanoTime() - startedNanos) / 1_000_000;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; its log: " + log + "\n" + tail());
    }

    /** The HTTP status of {@code /q/health/<check>} ({@code live} or {@code ready}), or -1 if nobody answers. */
    public int healthStatus(String check) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/" + check))
                    .timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String name() {
        return name;
    }

    /** SIGKILL: the process dies at once, mid-work. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, then waits for the graceful shutdown (killing it after 60 s); returns the exit code. */
    public int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The running JVM process (its CPU time, for example). */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            terminate();
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
