package io.newsalerts.pipeline;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.sun.management.OperatingSystemMXBean;

/**
 * Wall time and CPU time of the three parties of a measurement, read together: this JVM
 * ({@link OperatingSystemMXBean#getProcessCpuTime()}), the broker process, and PostgreSQL: every process whose command
 * contains {@code postgres}, plus the CPU of the server's children that exited (a backend that ends between two
 * readings takes its time to its parent, the postmaster, whose {@code cutime + cstime} in {@code /proc} hold it).
 */
final class CpuClock {

    /** One reading, all in nanoseconds. */
    record Reading(long wall, long jvm, long broker, long postgres) {

        Reading since(Reading start) {
            return new Reading(wall - start.wall, jvm - start.jvm, broker - start.broker, postgres - start.postgres);
        }
    }

    private final ProcessHandle broker;
    private final OperatingSystemMXBean jvm = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
    private final long nanosPerTick;

    CpuClock(ProcessHandle broker) {
        this.broker = broker;
        this.nanosPerTick = 1_000_000_000L / clockTicksPerSecond();
    }

    Reading read() {
        List<ProcessHandle> postgres = ProcessHandle.allProcesses().filter(CpuClock::isPostgres).toList();
        long live = postgres.stream().mapToLong(CpuClock::cpuNanos).sum();
        long exitedChildren = postgres.stream()
                .filter(process -> process.parent().filter(CpuClock::isPostgres).isEmpty())
                .mapToLong(this::exitedChildrenNanos).sum();
        return new Reading(System.nanoTime(), jvm.getProcessCpuTime(), cpuNanos(broker), live + exitedChildren);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().filter(command -> command.contains("postgres")).isPresent();
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** {@code cutime + cstime} of {@code /proc/<pid>/stat}: the CPU of the children the process has reaped. */
    private long exitedChildrenNanos(ProcessHandle process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * nanosPerTick;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long clockTicksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String output = new String(getconf.getInputStream().readAllBytes()).strip();
            return getconf.waitFor() == 0 ? Long.parseLong(output) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
