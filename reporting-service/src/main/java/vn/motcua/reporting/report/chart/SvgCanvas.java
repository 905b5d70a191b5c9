package vn.motcua.reporting.report.chart;

import java.util.Locale;

/** Writes SVG 1.1 markup; text widths are estimated (no font at hand), generously, so labels do not collide. */
final class SvgCanvas implements Canvas {

    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;
    private final String title;

    SvgCanvas(int width, int height, String title) {
        this.width = width;
        this.height = height;
        this.title = title;
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                + "fill=\"%s\"/>%n", x, y, w, h, fill));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        body.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                + "stroke=\"%s\" stroke-width=\"%.1f\"/>%n", x1, y1, x2, y2, stroke, strokeWidth));
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double strokeWidth) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(String.format(Locale.ROOT, "%s%.1f,%.1f", i == 0 ? "" : " ", xs[i], ys[i]));
        }
        body.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" "
                + "stroke-width=\"%.1f\"/>%n", points, stroke, strokeWidth));
    }

    @Override
    public void circle(double cx, double cy, double r, String fill) {
        body.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>%n",
                cx, cy, r, fill));
    }

    @Override
    public void text(double x, double y, String text, double size, boolean bold, Anchor anchor, String fill,
            boolean vertical) {
        String transform = vertical ? String.format(Locale.ROOT, " transform=\"rotate(-90 %.1f %.1f)\"", x, y) : "";
        body.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\"%s "
                        + "text-anchor=\"%s\" fill=\"%s\"%s>%s</text>%n", x, y, size,
                bold ? " font-weight=\"bold\"" : "", anchor.name().toLowerCase(Locale.ROOT), fill, transform,
                escape(text)));
    }

    @Override
    public double textWidth(String text, double size) {
        return text.length() * size * 0.6;
    }

    String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + width + "\" height=\""
                + height + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"DejaVu Sans, Arial, "
                + "sans-serif\">\n<title>" + escape(title) + "</title>\n" + body + "</svg>\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c); // other control characters are not allowed in XML 1.0
                    }
                }
            }
        }
        return out.toString();
    }
}
