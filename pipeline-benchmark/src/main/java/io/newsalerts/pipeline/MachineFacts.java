package io.newsalerts.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine the figures come from: cores as Java and {@code nproc} see them, memory, and the load average
 * (1, 5, 15 minutes) when the run started; read again at the end, it shows whether something else ran meanwhile.
 */
record MachineFacts(int cores, String nproc, long memoryMegabytes, String loadAtStart, String java) {

    static MachineFacts read() {
        return new MachineFacts(Runtime.getRuntime().availableProcessors(), runNproc(), readMemory(),
                loadAverage(), System.getProperty("java.version"));
    }

    /** The load average now: {@code 1.20 0.80 0.50}, or {@code unknown}. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown";
        }
    }

    String describe() {
        return String.format(Locale.ROOT, "%d cores (nproc %s), %,d MB memory, load average %s at the start"
                + " (1/5/15 min), Java %s", cores, nproc, memoryMegabytes, loadAtStart, java);
    }

    private static String runNproc() {
        try {
            Process process = new ProcessBuilder("nproc").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? output : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static long readMemory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // unknown
        }
        return -1;
    }
}
