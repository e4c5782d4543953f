package org.kartoteka.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kartoteka.observation.ObservationView;
import org.kartoteka.publiccount.CountText;

/**
 * Draws a series as an accessible SVG line chart: the computed points as a line, the reported
 * figures as labelled dots, a {@code <title>} and a {@code <desc>} (read by screen readers, and
 * saying in words what the line shows), axes with dates and numbers in en, be or ru.
 */
final class SeriesChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    private static final int LEFT = 64;
    private static final int RIGHT = 24;
    private static final int TOP = 40;
    private static final int BOTTOM = 40;
    private static final int TICKS = 4;

    private static final Map<String, String> COMPUTED = Map.of("en", "computed from the records",
            "be", "паводле запісаў", "ru", "по записям");
    private static final Map<String, String> REPORTED = Map.of("en", "reported figures",
            "be", "апублікаваныя лічбы", "ru", "опубликованные цифры");
    private static final Map<String, String> CHART = Map.of("en", "Line chart", "be", "Лінейны графік",
            "ru", "Линейный график");
    private static final Map<String, String> FROM_TO = Map.of("en", "from %s to %s", "be", "з %s па %s",
            "ru", "с %s по %s");
    private static final Map<String, String> NONE = Map.of("en", "none", "be", "няма", "ru", "нет");
    private static final Map<String, String> HIGHEST = Map.of("en", "highest", "be", "найбольш",
            "ru", "наибольшее");

    private SeriesChart() {}

    /** A reported figure where the chart places it: on its date (a level's asOf, a flow's period end). */
    private record Figure(LocalDate day, BigDecimal value, String text) {}

    static String svg(Series series, String label, String lang) {
        List<Series.Point> points = series.points() == null ? List.of() : series.points().stream()
                .filter(p -> p.value() != null).toList();
        List<Figure> figures = figures(series.reported(), lang);
        double max = Math.max(1, Math.max(points.stream().mapToDouble(Series.Point::value).max().orElse(0),
                figures.stream().mapToDouble(f -> f.value().doubleValue()).max().orElse(0)));
        double top = niceCeiling(max);
        Scale scale = new Scale(series.from(), series.to(), top);
        String title = label + ", " + FROM_TO.get(lang).formatted(CountText.date(lang, series.from().toString()),
                CountText.date(lang, series.to().toString()));
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title chart-desc\"")
                .append(" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" lang=\"")
                .append(lang).append("\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.append("<title id=\"chart-title\">").append(esc(title)).append("</title>\n");
        svg.append("<desc id=\"chart-desc\">").append(esc(description(lang, label, points, figures)))
                .append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.append("<text x=\"").append(LEFT).append("\" y=\"24\" font-size=\"15\" font-weight=\"bold\" fill=\"#222\">")
                .append(esc(title)).append("</text>\n");
        axes(svg, scale, lang);
        line(svg, scale, points);
        dots(svg, scale, figures);
        legend(svg, lang);
        return svg.append("</svg>\n").toString();
    }

    private static String description(String lang, String label, List<Series.Point> points, List<Figure> figures) {
        StringBuilder text = new StringBuilder(CHART.get(lang)).append(": ").append(label).append(". ");
        text.append(capitalised(COMPUTED.get(lang))).append(": ");
        if (points.isEmpty()) {
            text.append(NONE.get(lang));
        } else {
            Series.Point first = points.get(0);
            Series.Point last = points.get(points.size() - 1);
            Series.Point highest = points.stream().max((a, b) -> Long.compare(a.value(), b.value())).orElseThrow();
            text.append(FROM_TO.get(lang).formatted(number(lang, first.value()) + " (" + day(lang, end(first)) + ")",
                    number(lang, last.value()) + " (" + day(lang, end(last)) + ")"));
            text.append("; ").append(HIGHEST.get(lang)).append(' ').append(number(lang, highest.value()))
                    .append(" (").append(day(lang, end(highest))).append(')');
        }
        text.append(". ").append(capitalised(REPORTED.get(lang))).append(": ");
        text.append(figures.isEmpty() ? NONE.get(lang) : String.join("; ", figures.stream().map(Figure::text).toList()));
        return text.append('.').toString();
    }

    private static List<Figure> figures(List<ObservationView> reported, String lang) {
        List<Figure> figures = new ArrayList<>();
        for (ObservationView o : reported == null ? List.<ObservationView>of() : reported) {
            var date = o.asOf() != null ? o.asOf() : o.periodEnd();
            if (date == null || o.value() == null) {
                continue;
            }
            String text = CountText.figure(lang, o.qualifier(), o.value()) + " (" + (o.publisher() == null ? ""
                    : o.publisher() + ", ") + CountText.date(lang, date.value()) + ")";
            figures.add(new Figure(date.latest(), o.value(), text));
        }
        return figures;
    }

    private static void axes(StringBuilder svg, Scale scale, String lang) {
        svg.append("<g class=\"axes\" stroke=\"#999\" fill=\"#555\">\n");
        for (int i = 0; i <= TICKS; i++) {
            double value = scale.top() * i / TICKS;
            double y = scale.y(value);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e3e3e3\"/>",
                    LEFT, WIDTH - RIGHT, y, y));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" stroke=\"none\">%s</text>%n",
                    LEFT - 6, y + 4, esc(number(lang, Math.round(value)))));
        }
        double baseline = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" stroke=\"none\">%s</text>%n", LEFT,
                baseline + 20, esc(CountText.date(lang, scale.from().toString()))));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" stroke=\"none\">%s</text>%n",
                WIDTH - RIGHT, baseline + 20, esc(CountText.date(lang, scale.to().toString()))));
        svg.append("</g>\n");
    }

    private static void line(StringBuilder svg, Scale scale, List<Series.Point> points) {
        if (points.isEmpty()) {
            return;
        }
        StringBuilder coordinates = new StringBuilder();
        for (Series.Point point : points) {
            coordinates.append(String.format(Locale.ROOT, "%.1f,%.1f ", scale.x(end(point)), scale.y(point.value())));
        }
        svg.append("<polyline class=\"computed\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" points=\"")
                .append(coordinates.toString().strip()).append("\"/>\n");
    }

    private static void dots(StringBuilder svg, Scale scale, List<Figure> figures) {
        svg.append("<g class=\"reported\" fill=\"#c0392b\">\n");
        for (Figure figure : figures) {
            double x = scale.x(figure.day());
            double y = scale.y(figure.value().doubleValue());
            svg.append(String.format(Locale.ROOT, "<g class=\"figure\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\"><title>%s"
                    + "</title></circle><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\">%s</text></g>%n",
                    x, y, esc(figure.text()), x + (x > WIDTH / 2.0 ? -6 : 6), y - 8, x > WIDTH / 2.0 ? "end" : "start",
                    esc(figure.text())));
        }
        svg.append("</g>\n");
    }

    private static void legend(StringBuilder svg, String lang) {
        int y = HEIGHT - 8;
        svg.append(String.format(Locale.ROOT, "<g class=\"legend\"><line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\""
                + " stroke=\"#1f5fa8\" stroke-width=\"2\"/><text x=\"%d\" y=\"%d\">%s</text>"
                + "<circle cx=\"%d\" cy=\"%d\" r=\"4\" fill=\"#c0392b\"/><text x=\"%d\" y=\"%d\">%s</text></g>%n",
                LEFT + 150, LEFT + 170, y - 4, y - 4, LEFT + 176, y, esc(COMPUTED.get(lang)),
                LEFT + 380, y - 4, LEFT + 388, y, esc(REPORTED.get(lang))));
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least the maximum: round numbers on the axis. */
    static double niceCeiling(double max) {
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static LocalDate end(Series.Point point) {
        return point.end() != null ? point.end() : point.date();
    }

    private static String day(String lang, LocalDate day) {
        return CountText.date(lang, day.toString());
    }

    private static String number(String lang, long value) {
        return CountText.figure(lang, null, BigDecimal.valueOf(value));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String esc(String text) {
        return CountText.escape(text);
    }

    /** Days to x and values to y inside the plot area. */
    private record Scale(LocalDate from, LocalDate to, double top) {

        double x(LocalDate day) {
            long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
            long offset = Math.min(Math.max(0, day.toEpochDay() - from.toEpochDay()), span);
            return LEFT + (WIDTH - LEFT - RIGHT) * (double) offset / span;
        }

        double y(double value) {
            return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * value / top;
        }
    }
}
