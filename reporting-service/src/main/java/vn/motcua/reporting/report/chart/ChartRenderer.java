package vn.motcua.reporting.report.chart;

import java.util.List;
import java.util.Locale;

/** Lays a {@link Chart} out on a canvas: title, legend, value axis with gridlines, category axis, axis titles. */
public final class ChartRenderer {

    public static final int WIDTH = 960;
    public static final int HEIGHT = 540;

    private static final double LEFT = 90;
    private static final double RIGHT = 30;
    private static final double TOP = 100;
    private static final double BOTTOM = 90;
    private static final String INK = "#222222";
    private static final String GRID = "#dddddd";
    private static final int TICKS = 5;

    private ChartRenderer() {
    }

    public static String svg(Chart chart) {
        SvgCanvas canvas = new SvgCanvas(WIDTH, HEIGHT, chart.title());
        draw(chart, canvas);
        return canvas.document();
    }

    public static byte[] png(Chart chart) {
        PngCanvas canvas = new PngCanvas(WIDTH, HEIGHT);
        draw(chart, canvas);
        return canvas.png();
    }

    static void draw(Chart chart, Canvas canvas) {
        canvas.rect(0, 0, WIDTH, HEIGHT, "#ffffff");
        canvas.text(WIDTH / 2.0, 34, chart.title(), 20, true, Canvas.Anchor.MIDDLE, INK, false);
        if (chart.subtitle() != null) {
            canvas.text(WIDTH / 2.0, 58, chart.subtitle(), 13, false, Canvas.Anchor.MIDDLE, "#555555", false);
        }
        legend(chart, canvas);

        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double top = chart.yMax() != null ? chart.yMax() : niceCeiling(largest(chart));
        for (int i = 0; i <= TICKS; i++) {
            double value = top * i / TICKS;
            double y = TOP + plotHeight - plotHeight * i / TICKS;
            canvas.line(LEFT, y, LEFT + plotWidth, y, GRID, 1);
            canvas.text(LEFT - 8, y + 4, number(value), 12, false, Canvas.Anchor.END, INK, false);
        }
        canvas.line(LEFT, TOP, LEFT, TOP + plotHeight, INK, 1.5);
        canvas.line(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight, INK, 1.5);

        List<String> categories = chart.categories();
        int n = Math.max(categories.size(), 1);
        double band = plotWidth / n;
        int labelEvery = (int) Math.ceil(categories.size() / 14.0);
        for (int c = 0; c < categories.size(); c++) {
            if (c % labelEvery == 0) {
                canvas.text(LEFT + band * (c + 0.5), TOP + plotHeight + 20, fit(canvas, categories.get(c),
                        band * labelEvery - 4, 12), 12, false, Canvas.Anchor.MIDDLE, INK, false);
            }
        }
        switch (chart.kind()) {
            case BARS -> bars(chart, canvas, band, plotHeight, top, false);
            case STACKED_BARS -> bars(chart, canvas, band, plotHeight, top, true);
            case LINE -> lines(chart, canvas, band, plotHeight, top);
        }
        canvas.text(LEFT + plotWidth / 2, HEIGHT - 30, chart.xAxisLabel(), 14, true, Canvas.Anchor.MIDDLE, INK,
                false);
        canvas.text(28, TOP + plotHeight / 2, chart.yAxisLabel(), 14, true, Canvas.Anchor.MIDDLE, INK, true);
    }

    private static void legend(Chart chart, Canvas canvas) {
        if (chart.series().size() < 2) {
            return;
        }
        double x = LEFT;
        for (Chart.Series series : chart.series()) {
            canvas.rect(x, 72, 14, 14, series.color());
            canvas.text(x + 20, 84, series.name(), 13, false, Canvas.Anchor.START, INK, false);
            x += 40 + canvas.textWidth(series.name(), 13);
        }
    }

    private static void bars(Chart chart, Canvas canvas, double band, double plotHeight, double top,
            boolean stacked) {
        int seriesCount = chart.series().size();
        double barWidth = stacked ? band * 0.6 : band * 0.7 / seriesCount;
        double bottom = TOP + plotHeight;
        boolean labels = chart.categories().size() <= 16;
        for (int c = 0; c < chart.categories().size(); c++) {
            double base = 0;
            for (int s = 0; s < seriesCount; s++) {
                Chart.Series series = chart.series().get(s);
                Double value = series.values().get(c);
                if (value == null) {
                    continue;
                }
                double x = LEFT + band * c + (stacked ? band * 0.2 : band * 0.15 + barWidth * s);
                double height = plotHeight * value / top;
                double y = bottom - plotHeight * base / top - height;
                canvas.rect(x, y, barWidth, height, series.color());
                if (!stacked && labels && series.valueLabels() != null) {
                    canvas.text(x + barWidth / 2, y - 6, series.valueLabels().get(c), 12, false,
                            Canvas.Anchor.MIDDLE, INK, false);
                }
                if (stacked) {
                    base += value;
                }
            }
            if (stacked && labels && base > 0) {
                canvas.text(LEFT + band * (c + 0.5), bottom - plotHeight * base / top - 6, number(base), 12, false,
                        Canvas.Anchor.MIDDLE, INK, false);
            }
        }
    }

    private static void lines(Chart chart, Canvas canvas, double band, double plotHeight, double top) {
        double bottom = TOP + plotHeight;
        boolean labels = chart.categories().size() <= 16;
        for (Chart.Series series : chart.series()) {
            List<Double> values = series.values();
            int c = 0;
            while (c < values.size()) { // a missing value breaks the line
                int end = c;
                while (end < values.size() && values.get(end) != null) {
                    end++;
                }
                if (end > c) {
                    double[] xs = new double[end - c];
                    double[] ys = new double[end - c];
                    for (int i = c; i < end; i++) {
                        xs[i - c] = LEFT + band * (i + 0.5);
                        ys[i - c] = bottom - plotHeight * values.get(i) / top;
                        canvas.circle(xs[i - c], ys[i - c], 4, series.color());
                        if (labels && series.valueLabels() != null) {
                            canvas.text(xs[i - c], ys[i - c] - 10, series.valueLabels().get(i), 12, false,
                                    Canvas.Anchor.MIDDLE, INK, false);
                        }
                    }
                    canvas.polyline(xs, ys, series.color(), 2.5);
                }
                c = end + 1;
            }
        }
    }

    private static double largest(Chart chart) {
        double largest = 0;
        for (int c = 0; c < chart.categories().size(); c++) {
            double sum = 0;
            for (Chart.Series series : chart.series()) {
                Double value = series.values().get(c);
                if (value != null) {
                    sum = chart.kind() == Chart.Kind.STACKED_BARS ? sum + value : Math.max(sum, value);
                }
            }
            largest = Math.max(largest, sum);
        }
        return largest;
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code value}, so the ticks read as round numbers. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return TICKS;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value / TICKS)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            double candidate = Math.max(1, step * magnitude);
            if (candidate * TICKS >= value) {
                return candidate * TICKS;
            }
        }
        return 10 * magnitude * TICKS;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String fit(Canvas canvas, String text, double width, double size) {
        if (canvas.textWidth(text, size) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && canvas.textWidth(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
