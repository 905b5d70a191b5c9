package vn.motcua.reporting.report.chart;

import java.util.List;

/**
 * What a chart shows, independent of SVG or PNG: bars (side by side or stacked) or lines over categories.
 *
 * @param yMax the top of the value axis (100 for percentages), or null to fit the data
 */
public record Chart(String title, String subtitle, String xAxisLabel, String yAxisLabel, Kind kind,
        List<String> categories, List<Series> series, Double yMax) {

    public enum Kind { BARS, STACKED_BARS, LINE }

    /** One coloured series; a null value draws nothing for that category; labels are written over bars/points. */
    public record Series(String name, String color, List<Double> values, List<String> valueLabels) {
    }
}
