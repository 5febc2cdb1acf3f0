// Tests the Prometheus text format parser on the exposition format's edge cases and malformed input, and the histogram arithmetic.
#include "core/serving/prometheus_histogram.h"
#include "core/serving/prometheus_text.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace atelier;

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();

QString number(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    return QString::number(value, 'g', 12);
}

// One line per family ("name type help") and per sample ("  name{k=v,...} value [@ts]").
QString dump(const PrometheusText &scrape)
{
    QStringList lines;
    for (const MetricFamily &family : scrape.families()) {
        lines.append(QStringLiteral("%1 %2 %3").arg(family.name, metricTypeName(family.type), family.help).trimmed());
        for (const MetricSample &sample : family.samples) {
            QStringList labels;
            for (const auto &[key, value] : sample.labels)
                labels.append(key + u'=' + value);
            QString line = QStringLiteral("  ") + sample.name;
            if (!labels.isEmpty())
                line += u'{' + labels.join(u',') + u'}';
            line += u' ' + number(sample.value);
            if (sample.timestampMs)
                line += QStringLiteral(" @") + QString::number(*sample.timestampMs);
            lines.append(line);
        }
    }
    return lines.join(u'\n');
}

PrometheusHistogram histogram(const QList<HistogramBucket> &buckets)
{
    PrometheusHistogram result;
    result.buckets = buckets;
    result.count = buckets.isEmpty() ? 0 : buckets.last().count;
    return result;
}

} // namespace

class TestPrometheusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("blank lines and comments") << QByteArray("\n  \n# just a comment\n#\n\t\n# HELP\n") << QString();
        QTest::newRow("counter with help and type")
            << QByteArray("# HELP requests_total Requests served.\n# TYPE requests_total counter\nrequests_total 1027\n")
            << QStringLiteral("requests_total counter Requests served.\n  requests_total 1027");
        QTest::newRow("label escapes")
            << QByteArray("a{path=\"C:\\\\dir\\\\\",msg=\"say \\\"hi\\\"\",nl=\"x\\ny\"} 1\n")
            << QStringLiteral("a untyped\n  a{path=C:\\dir\\,msg=say \"hi\",nl=x\ny} 1");
        QTest::newRow("trailing comma in labels") << QByteArray("a{b=\"c\",} 2\n") << QStringLiteral("a untyped\n  a{b=c} 2");
        QTest::newRow("blanks around label tokens")
            << QByteArray("a { b = \"c\" ,\td=\"e\" } 3\n") << QStringLiteral("a untyped\n  a{b=c,d=e} 3");
        QTest::newRow("empty labels and no blank before value")
            << QByteArray("a{} 4\nb{c=\"\"}5\n") << QStringLiteral("a untyped\n  a 4\nb untyped\n  b{c=} 5");
        QTest::newRow("special values")
            << QByteArray("a NaN\nb +Inf\nc -Inf\nd inf\ne -0.5\nf .5\ng 1e3\nh 1.5E-3\ni +7\n")
            << QStringLiteral("a untyped\n  a NaN\nb untyped\n  b +Inf\nc untyped\n  c -Inf\nd untyped\n  d +Inf\n"
                              "e untyped\n  e -0.5\nf untyped\n  f 0.5\ng untyped\n  g 1000\nh untyped\n  h 0.0015\n"
                              "i untyped\n  i 7");
        QTest::newRow("timestamps")
            << QByteArray("a 1 1395066363000\nb{c=\"d\"} 2 -1000\n")
            << QStringLiteral("a untyped\n  a 1 @1395066363000\nb untyped\n  b{c=d} 2 @-1000");
        QTest::newRow("histogram groups bucket, sum and count")
            << QByteArray("# HELP lat Latency.\n# TYPE lat histogram\nlat_bucket{le=\"0.1\"} 1\nlat_bucket{le=\"+Inf\"} 2\n"
                          "lat_sum 0.3\nlat_count 2\n")
            << QStringLiteral("lat histogram Latency.\n  lat_bucket{le=0.1} 1\n  lat_bucket{le=+Inf} 2\n  lat_sum 0.3\n"
                              "  lat_count 2");
        QTest::newRow("summary groups quantiles, sum and count")
            << QByteArray("# TYPE rpc summary\nrpc{quantile=\"0.5\"} 4\nrpc{quantile=\"0.99\"} NaN\nrpc_sum 17\nrpc_count 3\n")
            << QStringLiteral("rpc summary\n  rpc{quantile=0.5} 4\n  rpc{quantile=0.99} NaN\n  rpc_sum 17\n  rpc_count 3");
        QTest::newRow("untyped declared and not")
            << QByteArray("# TYPE u untyped\nu 1\nv 2\n") << QStringLiteral("u untyped\n  u 1\nv untyped\n  v 2");
        QTest::newRow("help escapes")
            << QByteArray("# HELP a line\\nnext \\\\ back \\t kept\na 1\n")
            << QStringLiteral("a untyped line\nnext \\ back \\t kept\n  a 1");
        QTest::newRow("samples of a family apart are merged")
            << QByteArray("a{x=\"1\"} 1\nb 2\na{x=\"2\"} 3\n") << QStringLiteral("a untyped\n  a{x=1} 1\n  a{x=2} 3\nb untyped\n  b 2");
        QTest::newRow("utf-8 label value") << QByteArray("a{who=\"données 日本\"} 1\n")
                                           << QStringLiteral("a untyped\n  a{who=données 日本} 1");
        QTest::newRow("colons in metric names") << QByteArray("job:rate:sum 1\n") << QStringLiteral("job:rate:sum untyped\n  job:rate:sum 1");
        QTest::newRow("type in capitals") << QByteArray("# TYPE a COUNTER\na 1\n") << QStringLiteral("a counter\n  a 1");
        QTest::newRow("no newline at the end") << QByteArray("a 1") << QStringLiteral("a untyped\n  a 1");
        QTest::newRow("leading blanks") << QByteArray("  # TYPE a gauge\n\t a 1\n") << QStringLiteral("a gauge\n  a 1");
        QTest::newRow("_bucket without a histogram type is its own family")
            << QByteArray("x_bucket{le=\"1\"} 1\n# TYPE s summary\ns_bucket 2\n")
            << QStringLiteral("x_bucket untyped\n  x_bucket{le=1} 1\ns summary\ns_bucket untyped\n  s_bucket 2");
    }

    void parses()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        auto scrape = PrometheusText::parse(text);
        QVERIFY2(scrape.has_value(), qPrintable(scrape ? QString() : scrape.error().toString()));
        QCOMPARE(dump(*scrape), expected);
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");

        QTest::newRow("labels not closed") << QByteArray("a{b=\"c\"") << 1 << QStringLiteral("expected ',' or '}'");
        QTest::newRow("quote not closed") << QByteArray("a{b=\"c} 1\n") << 1 << QStringLiteral("no closing '\"'");
        QTest::newRow("value not quoted") << QByteArray("a{b=c} 1\n") << 1 << QStringLiteral("expected '\"'");
        QTest::newRow("unknown escape") << QByteArray("a{b=\"\\x\"} 1\n") << 1 << QStringLiteral("invalid escape \\x");
        QTest::newRow("escape at the end") << QByteArray("a{b=\"\\") << 1 << QStringLiteral("invalid escape");
        QTest::newRow("label twice") << QByteArray("a{b=\"c\",b=\"d\"} 1\n") << 1 << QStringLiteral("appears twice");
        QTest::newRow("bad label name") << QByteArray("a{1b=\"c\"} 1\n") << 1 << QStringLiteral("expected a label name");
        QTest::newRow("label without =") << QByteArray("a{b \"c\"} 1\n") << 1 << QStringLiteral("expected '='");
        QTest::newRow("reserved label") << QByteArray("a{__name__=\"x\"} 1\n") << 1 << QStringLiteral("reserved");
        QTest::newRow("no value") << QByteArray("a\n") << 1 << QStringLiteral("has no value");
        QTest::newRow("value not a number") << QByteArray("a abc\n") << 1 << QStringLiteral("\"abc\" is not a number");
        QTest::newRow("signed NaN") << QByteArray("a +NaN\n") << 1 << QStringLiteral("is not a number");
        QTest::newRow("value out of range") << QByteArray("a 1e400\n") << 1 << QStringLiteral("is not a number");
        QTest::newRow("junk after labels") << QByteArray("a{b=\"c\"}x\n") << 1 << QStringLiteral("\"x\" is not a number");
        QTest::newRow("junk after the name") << QByteArray("a-b 1\n") << 1 << QStringLiteral("after the metric name a");
        QTest::newRow("timestamp not whole") << QByteArray("a 1 1.5\n") << 1 << QStringLiteral("not a timestamp");
        QTest::newRow("text after the timestamp") << QByteArray("a 1 2 3\n") << 1 << QStringLiteral("after the timestamp");
        QTest::newRow("no metric name") << QByteArray("1a 1\n") << 1 << QStringLiteral("does not start with a metric name");
        QTest::newRow("second type") << QByteArray("# TYPE a counter\n# TYPE a gauge\n") << 2 << QStringLiteral("second TYPE");
        QTest::newRow("type after samples") << QByteArray("a 1\n# TYPE a counter\n") << 2 << QStringLiteral("after its samples");
        QTest::newRow("unknown type") << QByteArray("# TYPE a bogus\n") << 1 << QStringLiteral("unknown metric type \"bogus\"");
        QTest::newRow("text after the type") << QByteArray("# TYPE a counter extra\n") << 1 << QStringLiteral("after the type");
        QTest::newRow("bad name in a comment") << QByteArray("# TYPE a-b counter\n") << 1 << QStringLiteral("not a valid metric name");
        QTest::newRow("second help") << QByteArray("# HELP a x\n# HELP a y\n") << 2 << QStringLiteral("second HELP");
        QTest::newRow("bucket without le") << QByteArray("# TYPE h histogram\nh_bucket 1\n") << 2 << QStringLiteral("needs a le label");
        QTest::newRow("le not a number") << QByteArray("# TYPE h histogram\nh_bucket{le=\"abc\"} 1\n") << 2
                                         << QStringLiteral("the le label of h_bucket is abc");
        QTest::newRow("histogram sample named as its family") << QByteArray("# TYPE h histogram\nh 1\n") << 2
                                                              << QStringLiteral("h_bucket, h_sum and h_count");
        QTest::newRow("summary without quantile") << QByteArray("# TYPE s summary\ns 1\n") << 2
                                                  << QStringLiteral("needs a quantile label");
        QTest::newRow("carriage return") << QByteArray("a 1\r\n") << 1 << QStringLiteral("carriage return");
        QTest::newRow("error on a later line") << QByteArray("a 1\n\n# ok\nb{") << 4 << QStringLiteral("expected a label name");
        QTest::newRow("html instead of metrics") << QByteArray("<html><body>Not Found</body></html>\n") << 1
                                                 << QStringLiteral("does not start with a metric name");
    }

    void refusesMalformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        auto scrape = PrometheusText::parse(text);
        QVERIFY(!scrape.has_value());
        const QString error = scrape.error().message;
        QVERIFY2(error.contains(QStringLiteral("line %1:").arg(line)), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void sumsMatchingSamples()
    {
        auto scrape = PrometheusText::parse("# TYPE r counter\nr{route=\"infer\",code=\"200\"} 5\n"
                                            "r{route=\"infer\",code=\"400\"} 2\nr{route=\"live\",code=\"200\"} 9\n");
        QVERIFY(scrape.has_value());
        QCOMPARE(scrape->sum(QStringLiteral("r")).value_or(-1), 16.0);
        QCOMPARE(scrape->sum(QStringLiteral("r"), {{QStringLiteral("route"), QStringLiteral("infer")}}).value_or(-1), 7.0);
        QVERIFY(!scrape->sum(QStringLiteral("r"), {{QStringLiteral("route"), QStringLiteral("ready")}}));
        QVERIFY(!scrape->sum(QStringLiteral("missing")));
        QCOMPARE(scrape->family(QStringLiteral("r"))->samples.size(), 3);
    }

    void quantile_data()
    {
        QTest::addColumn<QList<HistogramBucket>>("buckets");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");

        const QList<HistogramBucket> even = {{1, 10}, {2, 20}, {4, 40}, {Inf, 40}};
        QTest::newRow("lower bucket edge") << even << 0.25 << 1.0;
        QTest::newRow("median at a bound") << even << 0.5 << 2.0;
        QTest::newRow("interpolated") << even << 0.75 << 3.0;
        QTest::newRow("p99 interpolated") << even << 0.99 << 3.96;
        QTest::newRow("rank in the +Inf bucket") << QList<HistogramBucket>{{1, 10}, {2, 20}, {4, 30}, {Inf, 40}} << 0.9 << 4.0;
        QTest::newRow("q = 0") << even << 0.0 << 0.0;
        QTest::newRow("q = 1") << even << 1.0 << 4.0;
        QTest::newRow("below 0") << even << -0.1 << -Inf;
        QTest::newRow("above 1") << even << 1.1 << Inf;
        QTest::newRow("no +Inf bucket") << QList<HistogramBucket>{{1, 10}, {2, 20}} << 0.5 << std::nan("");
        QTest::newRow("no observations") << QList<HistogramBucket>{{1, 0}, {Inf, 0}} << 0.5 << std::nan("");
        QTest::newRow("only the +Inf bucket") << QList<HistogramBucket>{{Inf, 5}} << 0.5 << std::nan("");
        QTest::newRow("first bound not positive") << QList<HistogramBucket>{{0, 5}, {1, 10}, {Inf, 10}} << 0.2 << 0.0;
        QTest::newRow("falling counts raised") << QList<HistogramBucket>{{1, 10}, {2, 8}, {Inf, 20}} << 0.5 << 1.0;
        QTest::newRow("unsorted buckets") << QList<HistogramBucket>{{Inf, 40}, {4, 40}, {1, 10}, {2, 20}} << 0.75 << 3.0;
    }

    void quantile()
    {
        QFETCH(QList<HistogramBucket>, buckets);
        QFETCH(double, q);
        QFETCH(double, expected);
        const double value = histogram(buckets).quantile(q);
        if (std::isnan(expected))
            QVERIFY2(std::isnan(value), qPrintable(number(value)));
        else if (std::isinf(expected))
            QCOMPARE(value, expected);
        else
            QVERIFY2(std::abs(value - expected) < 1e-9, qPrintable(number(value)));
    }

    void histogramFromScrape()
    {
        auto scrape = PrometheusText::parse(
            "# TYPE d histogram\n"
            "d_bucket{route=\"infer\",le=\"0.1\"} 3\nd_bucket{route=\"infer\",le=\"+Inf\"} 4\n"
            "d_sum{route=\"infer\"} 0.5\nd_count{route=\"infer\"} 4\n"
            "d_bucket{route=\"live\",le=\"0.1\"} 10\nd_bucket{route=\"live\",le=\"+Inf\"} 10\n"
            "d_sum{route=\"live\"} 0.1\nd_count{route=\"live\"} 10\n"
            "# TYPE c counter\nc 1\n");
        QVERIFY(scrape.has_value());
        auto infer = PrometheusHistogram::from(*scrape, QStringLiteral("d"), {{QStringLiteral("route"), QStringLiteral("infer")}});
        QVERIFY(infer.has_value());
        QCOMPARE(infer->buckets, (QList<HistogramBucket>{{0.1, 3}, {Inf, 4}}));
        QCOMPARE(infer->count, 4.0);
        QCOMPARE(infer->sum, 0.5);
        auto all = PrometheusHistogram::from(*scrape, QStringLiteral("d"));
        QVERIFY(all.has_value());
        QCOMPARE(all->buckets, (QList<HistogramBucket>{{0.1, 13}, {Inf, 14}}));

        auto counter = PrometheusHistogram::from(*scrape, QStringLiteral("c"));
        QVERIFY(!counter.has_value());
        QVERIFY(counter.error().message.contains(QStringLiteral("is a counter, not a histogram")));
        QVERIFY(!PrometheusHistogram::from(*scrape, QStringLiteral("nothing")).has_value());
        QVERIFY(!PrometheusHistogram::from(*scrape, QStringLiteral("d"), {{QStringLiteral("route"), QStringLiteral("x")}}));
    }

    void deltaBetweenScrapes()
    {
        PrometheusHistogram before = histogram({{1, 5}, {2, 8}, {Inf, 10}});
        before.sum = 3;
        PrometheusHistogram after = histogram({{1, 7}, {2, 12}, {Inf, 15}});
        after.sum = 5;
        const PrometheusHistogram interval = after.since(before);
        QCOMPARE(interval.buckets, (QList<HistogramBucket>{{1, 2}, {2, 4}, {Inf, 5}}));
        QCOMPARE(interval.count, 5.0);
        QCOMPARE(interval.sum, 2.0);
        QCOMPARE(interval.quantile(0.5), 1.25);

        // The server restarted between the scrapes: its counters began again at zero.
        const PrometheusHistogram restarted = histogram({{1, 1}, {2, 2}, {Inf, 3}});
        QCOMPARE(restarted.since(before).buckets, restarted.buckets);
        QCOMPARE(restarted.since(before).count, 3.0);
        // A bucket that fell while the count grew also means a restart.
        const PrometheusHistogram odd = histogram({{1, 1}, {2, 12}, {Inf, 15}});
        QCOMPARE(odd.since(before).buckets, odd.buckets);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusText)
#include "tst_prometheus_text.moc"
