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
};

QTEST_GUILESS_MAIN(TestNumberText)
#include "tst_number_text.moc"
