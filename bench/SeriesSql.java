package org.kartoteka.series;

/**
 * Prints the statement SeriesQuery builds for a computed metric, with its from/to filled in, for
 * bench/series-compare.sh to run in psql. Compiled against one version of SeriesQuery or another
 * (the script builds the baseline's and this tree's), so the two statements can be compared.
 *
 * Usage: java -cp DIR:target/classes org.kartoteka.series.SeriesSql METRIC INTERVAL GROUP_BY|- FROM TO
 */
public final class SeriesSql {

    public static void main(String[] args) {
        GroupBy groupBy = "-".equals(args[2]) ? null : GroupBy.parse(args[2]);
        String sql = SeriesQuery.sql(args[0], Interval.valueOf(args[1].toUpperCase()), groupBy);
        System.out.println(sql.replace(":from", "date '" + args[3] + "'").replace(":to", "date '" + args[4] + "'"));
    }
}
