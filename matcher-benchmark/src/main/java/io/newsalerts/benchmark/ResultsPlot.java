package io.newsalerts.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * Draws documents per second against subscriptions, both axes logarithmic, for IndexedMatcher, Lucene Monitor
 * and the analysis-only floor, with Java2D into a PNG (headless).
 */
final class ResultsPlot {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 640;
    private static final int LEFT = 100;
    private static final int RIGHT = 230;
    private static final int TOP = 60;
    private static final int BOTTOM = 80;
    private static final Color INDEXED = new Color(0x1f77b4);
    private static final Color MONITOR = new Color(0xd62728);
    private static final Color FLOOR = new Color(0x7f7f7f);

    private ResultsPlot() {
    }

    static void write(List<Result> results, String title, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);

        double xMin = Math.floor(Math.log10(results.stream().mapToInt(Result::subscriptions).min().orElse(10)));
        double xMax = Math.ceil(Math.log10(results.stream().mapToInt(Result::subscriptions).max().orElse(100)));
        if (xMax <= xMin) {
            xMax = xMin + 1;
        }
        List<Double> rates = new ArrayList<>();
        for (Result result : results) {
            rates.add(result.docsPerSecond());
            rates.add(result.floorDocsPerSecond());
            if (result.monitorRan()) {
                rates.add(result.monitorDocsPerSecond());
            }
        }
        double yMin = Math.floor(Math.log10(rates.stream().mapToDouble(Double::doubleValue).min().orElse(1)));
        double yMax = Math.ceil(Math.log10(rates.stream().mapToDouble(Double::doubleValue).max().orElse(10)));
        Axes axes = new Axes(xMin, xMax, yMin, yMax);

        drawGrid(g, axes);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(title, LEFT, 35);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.drawString("subscriptions (log scale)", LEFT + (WIDTH - LEFT - RIGHT) / 2 - 80, HEIGHT - 25);
        Graphics2D vertical = (Graphics2D) g.create();
        vertical.rotate(-Math.PI / 2);
        int middle = TOP + (HEIGHT - TOP - BOTTOM) / 2;
        vertical.drawString("documents per second, one thread (log scale)", -middle - 150, 25);
        vertical.dispose();

        Stroke solid = new BasicStroke(3f);
        Stroke dashed = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f);
        series(g, axes, results, Result::floorDocsPerSecond, FLOOR, dashed, "analysis only (floor)", 0);
        series(g, axes, results, Result::docsPerSecond, INDEXED, solid, "IndexedMatcher", 1);
        series(g, axes, results.stream().filter(Result::monitorRan).toList(), Result::monitorDocsPerSecond, MONITOR,
                solid, "Lucene Monitor 9.11", 2);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private record Axes(double xMin, double xMax, double yMin, double yMax) {
        int x(double value) {
            return LEFT + (int) Math.round((Math.log10(value) - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT));
        }

        int y(double value) {
            return HEIGHT - BOTTOM - (int) Math.round((Math.log10(value) - yMin) / (yMax - yMin)
                    * (HEIGHT - TOP - BOTTOM));
        }
    }

    private static void drawGrid(Graphics2D g, Axes axes) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (double decade = axes.xMin(); decade <= axes.xMax(); decade++) {
            int x = axes.x(Math.pow(10, decade));
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, TOP, x, HEIGHT - BOTTOM);
            g.setColor(Color.BLACK);
            String label = label(Math.pow(10, decade));
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, HEIGHT - BOTTOM + 20);
        }
        for (double decade = axes.yMin(); decade <= axes.yMax(); decade++) {
            int y = axes.y(Math.pow(10, decade));
            g.setColor(new Color(0xdddddd));
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(Color.BLACK);
            String label = label(Math.pow(10, decade));
            g.drawString(label, LEFT - 10 - g.getFontMetrics().stringWidth(label), y + 5);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
    }

    private static void series(Graphics2D g, Axes axes, List<Result> results, ToDoubleFunction<Result> rate,
            Color color, Stroke stroke, String name, int legendRow) {
        g.setColor(color);
        g.setStroke(stroke);
        int[] xs = new int[results.size()];
        int[] ys = new int[results.size()];
        for (int i = 0; i < results.size(); i++) {
            xs[i] = axes.x(results.get(i).subscriptions());
            ys[i] = axes.y(rate.applyAsDouble(results.get(i)));
        }
        g.drawPolyline(xs, ys, xs.length);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i < xs.length; i++) {
            g.fillOval(xs[i] - 5, ys[i] - 5, 10, 10);
            g.drawString(String.format(Locale.ROOT, "%,.0f", rate.applyAsDouble(results.get(i))), xs[i] + 8, ys[i] - 8);
        }
        int legendY = TOP + 20 + legendRow * 26;
        g.drawLine(WIDTH - RIGHT + 20, legendY, WIDTH - RIGHT + 55, legendY);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(name, WIDTH - RIGHT + 62, legendY + 5);
    }

    private static String label(double value) {
        if (value >= 1_000_000) {
            return String.format(Locale.ROOT, "%.0fM", value / 1_000_000);
        }
        if (value >= 1_000) {
            return String.format(Locale.ROOT, "%.0fK", value / 1_000);
        }
        return String.format(Locale.ROOT, "%.0f", value);
    }
}
