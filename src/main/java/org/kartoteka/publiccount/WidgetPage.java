package org.kartoteka.publiccount;

/** The iframe page of a metric: the figure rendered on the server, the script adding the sparkline. */
final class WidgetPage {

    private WidgetPage() {}

    static String html(String lang, boolean sparkline, PublicCount count, String css) {
        String label = CountText.escape(CountText.label(lang, count));
        String source = CountText.sourceName(count);
        String sourceLine = source.isEmpty() ? "" : "<div class=\"kw-source\">" + CountText.sourceLabel(lang) + ": "
                + link(count, CountText.escape(source)) + "</div>";
        String date = count.asOf() == null ? "" : "<div class=\"kw-date\">"
                + CountText.escape(CountText.asOf(lang, count.asOf())) + "</div>";
        return """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title><style>body{margin:0}%s</style></head>
                <body><div class="kartoteka-widget" data-kartoteka-metric="%s" data-lang="%s" data-rendered%s>\
                <div class="kw-label">%s</div><div class="kw-figure">%s</div>%s%s</div>%s</body></html>
                """.formatted(lang, label, css, CountText.escape(count.metric()), lang, sparkline ? " data-sparkline" : "",
                label, CountText.escape(CountText.figure(lang, count)), date, sourceLine,
                sparkline ? "<script src=\"/widget.js\" defer></script>" : "");
    }

    private static String link(PublicCount count, String text) {
        String url = count.source().url();
        if (url == null || !url.matches("https?://\\S+")) {
            return text;
        }
        return "<a href=\"" + CountText.escape(url) + "\" target=\"_blank\" rel=\"noopener\">" + text + "</a>";
    }
}
