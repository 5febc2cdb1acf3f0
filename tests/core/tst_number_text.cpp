// Tests NumberText: its text is std::to_chars' shortest form, fast path or not, and reads back exactly.
#include "core/datasets/formats/number_text.h"

#include <QtTest>

#include <charconv>
#include <cmath>
#include <limits>
#include <random>

using namespace atelier;

namespace {

std::string toChars(double value)
{
    char digits[32];
    return {digits, std::to_chars(digits, digits + sizeof digits, value).ptr};
}

std::string shortest(double value)
{
    std::string text;
    number_text::appendShortest(text, value);
    return text;
}

} // namespace

class TestNumberText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void edgesOfTheFastPath_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two decimals") << 312.47 << QStringLiteral("312.47");
        QTest::newRow("negative") << -0.25 << QStringLiteral("-0.25");
        QTest::newRow("integer") << 640.0 << QStringLiteral("640");
        QTest::newRow("lowest fast") << 0.01 << QStringLiteral("0.01");
        QTest::newRow("below fast") << 0.001 << QStringLiteral("0.001");
        QTest::newRow("scientific below") << 0.0001 << QStringLiteral("1e-04");
        QTest::newRow("four decimals") << 9999.9999 << QStringLiteral("9999.9999");
        QTest::newRow("five decimals") << 1.00001 << QStringLiteral("1.00001");
        QTest::newRow("ten thousand") << 10000.0 << QStringLiteral("10000");
        QTest::newRow("scientific above") << 1e20 << QStringLiteral("1e+20");
        QTest::newRow("a third") << 1.0 / 3.0 << QStringLiteral("0.3333333333333333");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("-0");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("0");
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << QStringLiteral("0");
    }

    void edgesOfTheFastPath()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(number_text::shortest(value), expected);
    }

    // Numbers with 0 to 7 decimals around and beyond the fast path's range, and arbitrary doubles:
    // the text is exactly std::to_chars', so it reads back as the same double.
    void equalsToCharsEverywhere()
    {
        std::mt19937_64 random(2024);
        std::uniform_real_distribution<double> anyValue(-20000, 20000);
        for (int decimals = 0; decimals <= 7; ++decimals) {
            const double scale = std::pow(10.0, decimals);
            for (int i = 0; i < 100'000; ++i) {
                const double value = i % 3 == 0 ? double(std::int64_t(random() % 2'000'000'000) - 1'000'000'000) / scale
                                     : i % 3 == 1 ? double(std::int64_t(random() % 2'000'000) - 1'000'000) / scale
                                                  : anyValue(random);
                const std::string text = shortest(value);
                if (text != toChars(value))
                    QFAIL(qPrintable(QStringLiteral("%1: %2, not %3").arg(value, 0, 'g', 17)
                                         .arg(QString::fromStdString(text), QString::fromStdString(toChars(value)))));
            }
        }
    }

    // Given the text a number was read from, the result is the same as without it, copied or not.
    void writtenTextChangesNothing_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("expected");
        QTest::newRow("two decimals") << QStringLiteral("312.47") << QStringLiteral("312.47");
        QTest::newRow("negative") << QStringLiteral("-0.25") << QStringLiteral("-0.25");
        QTest::newRow("integer") << QStringLiteral("640") << QStringLiteral("640");
        QTest::newRow("trailing space") << QStringLiteral("12.5 \n\t") << QStringLiteral("12.5");
        QTest::newRow("trailing zero") << QStringLiteral("1.50") << QStringLiteral("1.5");
        QTest::newRow("point zero") << QStringLiteral("3.0") << QStringLiteral("3");
        QTest::newRow("leading zero") << QStringLiteral("007.5") << QStringLiteral("7.5");
        QTest::newRow("exponent") << QStringLiteral("1e2") << QStringLiteral("100");
        QTest::newRow("five decimals") << QStringLiteral("1.00001") << QStringLiteral("1.00001");
        QTest::newRow("many digits") << QStringLiteral("0.30000000000000004") << QStringLiteral("0.30000000000000004");
        QTest::newRow("below range") << QStringLiteral("0.0001") << QStringLiteral("1e-04");
        QTest::newRow("ten thousand") << QStringLiteral("10000") << QStringLiteral("10000");
        QTest::newRow("negative zero") << QStringLiteral("-0") << QStringLiteral("-0");
        QTest::newRow("zero") << QStringLiteral("0.0") << QStringLiteral("0");
    }

    void writtenTextChangesNothing()
    {
        QFETCH(QString, written);
        QFETCH(QString, expected);
        const std::string text = written.toStdString();
        double value = 0;
        std::from_chars(text.data(), text.data() + text.size(), value);
        std::string out = "[";
        number_text::appendShortest(out, value, text);
        QCOMPARE(QString::fromStdString(out), QLatin1Char('[') + expected);
    }

    // Decimal texts of every shape, with and without the zeros that make them not the shortest.
    void writtenTextEqualsToChars()
    {
        std::mt19937_64 random(77);
        for (int i = 0; i < 400'000; ++i) {
            std::string text = random() % 4 == 0 ? "-" : "";
            if (random() % 8 == 0)
                text += '0';
            text += std::to_string(random() % (random() % 2 ? 10'000 : 100));
            if (const int decimals = int(random() % 7); decimals > 0) {
                text += '.';
                for (int d = 0; d < decimals; ++d)
                    text += char('0' + random() % 10);
            }
            double value = 0;
            std::from_chars(text.data(), text.data() + text.size(), value);
            std::string out;
            number_text::appendShortest(out, value, text);
            if (out != toChars(value))
                QFAIL(qPrintable(QStringLiteral("%1: %2, not %3").arg(QString::fromStdString(text), QString::fromStdString(out),
                                                                      QString::fromStdString(toChars(value)))));
        }
    }
};

QTEST_GUILESS_MAIN(TestNumberText)
#include "tst_number_text.moc"
