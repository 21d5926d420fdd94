package io.newsalerts.pipeline;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.DoubleStream;
import javax.imageio.ImageIO;

import io.newsalerts.benchmark.LogChart;

/**
 * The offered-rate phases as a PNG of two log-log charts, one above the other: achieved articles per second end
 * to end (first post to last alert) against offered (with the line where they are equal), and the p50 and p99 alert latency against offered; one
 * series per subscription count.
 */
final class PipelinePlot {

    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd)};
    private static final Color REFERENCE = new Color(0x7f7f7f);

    private PipelinePlot() {
    }

    static void write(List<PhaseResult> results, Path file) throws IOException {
        Map<Integer, List<PhaseResult>> bySize = new LinkedHashMap<>();
        results.stream().filter(r -> !Double.isNaN(r.offeredRate()))
                .forEach(r -> bySize.computeIfAbsent(r.subscriptions(), s -> new ArrayList<>()).add(r));
        List<PhaseResult> paced = bySize.values().stream().flatMap(List::stream).toList();
        double[] offered = DoubleStream.of(values(paced, PhaseResult::offeredRate)).distinct().sorted().toArray();

        LogChart throughput = new LogChart("Pipeline throughput against offered load",
                "offered articles per second (log scale)", "achieved articles per second (log scale)", offered,
                DoubleStream.concat(DoubleStream.of(offered), DoubleStream.of(values(paced,
                        PhaseResult::endToEndRate))).toArray())
                .reference("achieved = offered", REFERENCE, LogChart.DASHED, offered, offered);
        LogChart latency = new LogChart("Alert latency (ingest 202 to news.alerts) against offered load",
                "offered articles per second (log scale)", "latency in ms (log scale)", offered,
                DoubleStream.concat(DoubleStream.of(values(paced, r -> r.delivery().latencyMillis(0.5))),
                        DoubleStream.of(values(paced, r -> r.delivery().latencyMillis(0.99)))).toArray());
        int i = 0;
        for (Map.Entry<Integer, List<PhaseResult>> size : bySize.entrySet()) {
            Color color = COLORS[i++ % COLORS.length];
            String name = Log.size(size.getKey()) + " subscriptions";
            double[] x = values(size.getValue(), PhaseResult::offeredRate);
            throughput.series(name, color, LogChart.SOLID, x, values(size.getValue(), PhaseResult::endToEndRate));
            latency.series(Log.size(size.getKey()) + " p50", color, LogChart.SOLID, x,
                    values(size.getValue(), r -> r.delivery().latencyMillis(0.5)));
            latency.series(Log.size(size.getKey()) + " p99", color, LogChart.DASHED, x,
                    values(size.getValue(), r -> r.delivery().latencyMillis(0.99)));
        }
        BufferedImage top = throughput.image();
        BufferedImage bottom = latency.image();
        BufferedImage both = new BufferedImage(top.getWidth(), top.getHeight() + bottom.getHeight(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = both.createGraphics();
        g.drawImage(top, 0, 0, null);
        g.drawImage(bottom, 0, top.getHeight(), null);
        g.dispose();
        ImageIO.write(both, "png", file.toFile());
    }

    private static double[] values(List<PhaseResult> results, ToDoubleFunction<PhaseResult> value) {
        return results.stream().mapToDouble(value).toArray();
    }
}
