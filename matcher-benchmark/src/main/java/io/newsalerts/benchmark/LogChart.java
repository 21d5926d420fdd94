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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;
import javax.imageio.ImageIO;

/**
 * A line chart with both axes logarithmic (a grid line per decade), series of points with their values written
 * beside them and a legend on the right, drawn with Java2D (headless) into an image or a PNG file. Points that are
 * not positive (or NaN) are left out: a log scale has no place for them.
 */
public final class LogChart {

    /** The stroke of a main series. */
    public static final Stroke SOLID = new BasicStroke(3f);
    /** The stroke of a reference or secondary series. */
    public static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {8f, 6f}, 0f);

    private static final int WIDTH = 960;
    private static final int HEIGHT = 640;
    private static final int LEFT = 100;
    private static final int RIGHT = 230;
    private static final int TOP = 60;
    private static final int BOTTOM = 80;
    private static final int[] GRID_STEPS = {1, 2, 5};

    private final BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    private final Graphics2D g;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    private int legendRows;

    /**
     * @param xValues every x value that will be drawn (the axis spans the decades around them)
     * @param yValues every y value that will be drawn
     */
    public LogChart(String title, String xLabel, String yLabel, double[] xValues, double[] yValues) {
        System.setProperty("java.awt.headless", "true");
        xMin = Math.floor(Math.log10(positive(xValues).min().orElse(10)));
        xMax = Math.max(xMin + 1, Math.ceil(Math.log10(positive(xValues).max().orElse(100))));
        yMin = Math.floor(Math.log10(positive(yValues).min().orElse(1)));
        yMax = Math.max(yMin + 1, Math.ceil(Math.log10(positive(yValues).max().orElse(10))));
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        drawGrid();
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(title, LEFT, 35);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        int xLabelWidth = g.getFontMetrics().stringWidth(xLabel);
        g.drawString(xLabel, LEFT + (WIDTH - LEFT - RIGHT - xLabelWidth) / 2, HEIGHT - 25);
        Graphics2D vertical = (Graphics2D) g.create();
        vertical.rotate(-Math.PI / 2);
        int middle = TOP + (HEIGHT - TOP - BOTTOM) / 2;
        vertical.drawString(yLabel, -middle - g.getFontMetrics().stringWidth(yLabel) / 2, 25);
        vertical.dispose();
    }

    /** Draws a series: points joined in the given order, each labelled with its y value, and a legend line. */
    public LogChart series(String name, Color color, Stroke stroke, double[] xs, double[] ys) {
        return draw(name, color, stroke, xs, ys, true);
    }

    /** Draws a reference line (no points, no values) through the given points, and its legend line. */
    public LogChart reference(String name, Color color, Stroke stroke, double[] xs, double[] ys) {
        return draw(name, color, stroke, xs, ys, false);
    }

    private LogChart draw(String name, Color color, Stroke stroke, double[] xs, double[] ys, boolean points) {
        int[] px = new int[xs.length];
        int[] py = new int[xs.length];
        int count = 0;
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] > 0 && ys[i] > 0) {
                px[count] = x(xs[i]);
                py[count] = y(ys[i]);
                count++;
            }
        }
        g.setColor(color);
        g.setStroke(stroke);
        g.drawPolyline(px, py, count);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0, p = 0; points && i < xs.length; i++) {
            if (xs[i] > 0 && ys[i] > 0) {
                g.fillOval(px[p] - 5, py[p] - 5, 10, 10);
                g.drawString(String.format(Locale.ROOT, "%,.0f", ys[i]), px[p] + 8, py[p] - 8);
                p++;
            }
        }
        int legendY = TOP + 20 + legendRows++ * 26;
        g.drawLine(WIDTH - RIGHT + 20, legendY, WIDTH - RIGHT + 55, legendY);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(name, WIDTH - RIGHT + 62, legendY + 5);
        return this;
    }

    /** The finished image; the chart takes no more series. */
    public BufferedImage image() {
        g.dispose();
        return image;
    }

    /** Writes the finished chart as a PNG. */
    public void write(Path file) throws IOException {
        ImageIO.write(image(), "png", file.toFile());
    }

    private int x(double value) {
        return LEFT + (int) Math.round((Math.log10(value) - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT));
    }

    private int y(double value) {
        return HEIGHT - BOTTOM - (int) Math.round((Math.log10(value) - yMin) / (yMax - yMin)
                * (HEIGHT - TOP - BOTTOM));
    }

    /** A grid line and label at 1, 2 and 5 times each power of ten (the powers darker). */
    private void drawGrid() {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (double value : gridValues(xMin, xMax)) {
            int x = x(value);
            gridLine(value, x, TOP, x, HEIGHT - BOTTOM);
            g.drawString(label(value), x - g.getFontMetrics().stringWidth(label(value)) / 2, HEIGHT - BOTTOM + 20);
        }
        for (double value : gridValues(yMin, yMax)) {
            int y = y(value);
            gridLine(value, LEFT, y, WIDTH - RIGHT, y);
            g.drawString(label(value), LEFT - 10 - g.getFontMetrics().stringWidth(label(value)), y + 5);
        }
        g.drawRect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
    }

    private void gridLine(double value, int x1, int y1, int x2, int y2) {
        boolean power = Math.abs(Math.log10(value) - Math.rint(Math.log10(value))) < 1e-9;
        g.setColor(new Color(power ? 0xdddddd : 0xeeeeee));
        g.drawLine(x1, y1, x2, y2);
        g.setColor(Color.BLACK);
    }

    /** 1, 2 and 5 times each power of ten from {@code 10^minDecade} up to {@code 10^maxDecade}. */
    private static List<Double> gridValues(double minDecade, double maxDecade) {
        List<Double> values = new ArrayList<>();
        for (double decade = minDecade; decade <= maxDecade; decade++) {
            for (int step : GRID_STEPS) {
                if (decade + Math.log10(step) <= maxDecade + 1e-9) {
                    values.add(step * Math.pow(10, decade));
                }
            }
        }
        return values;
    }

    private static DoubleStream positive(double[] values) {
        return Arrays.stream(values).filter(value -> value > 0);
    }

    private static String label(double value) {
        if (value >= 1_000_000) {
            return String.format(Locale.ROOT, "%.0fM", value / 1_000_000);
        }
        if (value >= 1_000) {
            return String.format(Locale.ROOT, "%.0fK", value / 1_000);
        }
        return String.format(Locale.ROOT, value >= 1 ? "%.0f" : "%.1f", value);
    }
}
