package vn.motcua.reporting.report.chart;

/** What a chart draws with; implemented once for SVG and once for PNG, so both show the same chart. */
interface Canvas {

    enum Anchor { START, MIDDLE, END }

    void rect(double x, double y, double width, double height, String fill);

    void line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth);

    void polyline(double[] xs, double[] ys, String stroke, double strokeWidth);

    void circle(double cx, double cy, double r, String fill);

    /** Text whose baseline starts, centres or ends at (x, y); {@code vertical} turns it 90° counter-clockwise. */
    void text(double x, double y, String text, double size, boolean bold, Anchor anchor, String fill,
            boolean vertical);

    double textWidth(String text, double size);
}
