package io.newsalerts.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * CPU time per process, read from the operating system ({@link ProcessHandle.Info#totalCpuDuration()}): the
 * stack's JVMs by name, this benchmark's own JVM ({@value #BENCHMARK}) and PostgreSQL ({@value #POSTGRES}: the sum
 * over every process whose command is {@code postgres}, the server's whole work, whoever asked for it; a backend
 * that exits between two readings takes its share with it).
 */
final class CpuMeter {

    static final String BENCHMARK = "bench";
    static final String POSTGRES = "postgres";

    private final Supplier<Map<String, ProcessHandle>> processes;

    /** @param processes the processes to read, by name, as they are at the moment of each reading */
    CpuMeter(Supplier<Map<String, ProcessHandle>> processes) {
        this.processes = processes;
    }

    /** CPU seconds so far, by process name. */
    Map<String, Double> read() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        processes.get().forEach((name, process) -> seconds.put(name, seconds(process)));
        seconds.put(POSTGRES, ProcessHandle.allProcesses().filter(CpuMeter::isPostgres)
                .mapToDouble(CpuMeter::seconds).sum());
        seconds.put(BENCHMARK, seconds(ProcessHandle.current()));
        return seconds;
    }

    /** CPU seconds spent between two readings, by process name (a process new since the first counts from 0). */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> spent = new LinkedHashMap<>();
        after.forEach((name, value) -> spent.put(name, value - before.getOrDefault(name, 0.0)));
        return spent;
    }

    private static double seconds(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e9;
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString())
                .filter(POSTGRES::equals).isPresent();
    }
}
