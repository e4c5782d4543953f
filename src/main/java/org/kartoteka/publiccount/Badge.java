package org.kartoteka.publiccount;

/**
 * A shields-style SVG badge: the label on grey, the figure on red. Widths are estimated from the
 * character count (no font metrics on the server); every text is escaped.
 */
final class Badge {

    private static final int CHAR_WIDTH = 7;
    private static final int PADDING = 10;

    private Badge() {}

    static String svg(String lang, PublicCount count) {
        String label = CountText.label(lang, count);
        String figure = CountText.figure(lang, count);
        int left = width(label);
        int right = width(figure);
        int total = left + right;
        String title = label + ": " + figure + (count.asOf() == null ? "" : " (" + CountText.asOf(lang, count.asOf()) + ")");
        return """
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="20" role="img" aria-label="%s">\
                <title>%s</title>\
                <linearGradient id="s" x2="0" y2="100%%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/>\
                <stop offset="1" stop-opacity=".1"/></linearGradient>\
                <clipPath id="r"><rect width="%d" height="20" rx="3" fill="#fff"/></clipPath>\
                <g clip-path="url(#r)"><rect width="%d" height="20" fill="#555"/>\
                <rect x="%d" width="%d" height="20" fill="#c1272d"/><rect width="%d" height="20" fill="url(#s)"/></g>\
                <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">\
                <text x="%d" y="14">%s</text><text x="%d" y="14">%s</text></g></svg>
                """.formatted(total, CountText.escape(title), CountText.escape(title), total, left, left, right, total,
                left / 2, CountText.escape(label), left + right / 2, CountText.escape(figure));
    }

    private static int width(String text) {
        return text.codePointCount(0, text.length()) * CHAR_WIDTH + 2 * PADDING;
    }
}
