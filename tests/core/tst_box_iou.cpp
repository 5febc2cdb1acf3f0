// Tests BoxIou: hand-worked cases (pycocotools' rules, crowd included), and the GPU path equal to the CPU's.
#include "core/evaluation/box_iou.h"

#include <QRectF>
#include <QtTest>

#include <random>

using namespace atelier;

class TestBoxIou : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handWorkedCases_data()
    {
        QTest::addColumn<QRectF>("detection");
        QTest::addColumn<QRectF>("truth");
        QTest::addColumn<bool>("crowd");
        QTest::addColumn<double>("expected");
        QTest::newRow("same box") << QRectF(10, 10, 20, 20) << QRectF(10, 10, 20, 20) << false << 1.0;
        QTest::newRow("disjoint") << QRectF(0, 0, 5, 5) << QRectF(10, 10, 5, 5) << false << 0.0;
        QTest::newRow("touching edges") << QRectF(0, 0, 5, 5) << QRectF(5, 0, 5, 5) << false << 0.0;
        // 10x10 boxes shifted by 5: intersection 50, union 150.
        QTest::newRow("half shifted") << QRectF(0, 0, 10, 10) << QRectF(5, 0, 10, 10) << false << 1.0 / 3.0;
        QTest::newRow("inside") << QRectF(2, 2, 4, 4) << QRectF(0, 0, 10, 10) << false << 0.16;
        // Against a crowd region the union is the detection's own area.
        QTest::newRow("inside crowd") << QRectF(2, 2, 4, 4) << QRectF(0, 0, 10, 10) << true << 1.0;
        QTest::newRow("half in crowd") << QRectF(0, 0, 10, 10) << QRectF(5, 0, 10, 10) << true << 0.5;
        QTest::newRow("zero-area detection") << QRectF(3, 3, 0, 0) << QRectF(0, 0, 10, 10) << false << 0.0;
    }

    void handWorkedCases()
    {
        QFETCH(QRectF, detection);
        QFETCH(QRectF, truth);
        QFETCH(bool, crowd);
        QFETCH(double, expected);
        const BoxXywh d{detection.x(), detection.y(), detection.width(), detection.height()};
        const BoxXywh t{truth.x(), truth.y(), truth.width(), truth.height()};
        const bool crowdFlags[] = {crowd};
        const auto matrix = BoxIou::cpu(std::span(&d, 1), std::span(&t, 1), crowdFlags);
        QCOMPARE(matrix.size(), std::size_t(1));
        QVERIFY2(std::abs(matrix[0] - expected) < 1e-15, qPrintable(QString::number(matrix[0], 'g', 17)));
    }

    void matrixIsRowMajorAndAgreesWithRectangleGeometry()
    {
        std::mt19937 random(11);
        std::uniform_real_distribution<double> coordinate(0, 100), extent(1, 40);
        std::vector<BoxXywh> detections(37), truths(23);
        for (auto *boxes : {&detections, &truths})
            for (BoxXywh &b : *boxes)
                b = {coordinate(random), coordinate(random), extent(random), extent(random)};
        const std::unique_ptr<bool[]> noCrowd(new bool[truths.size()]());
        const auto matrix = BoxIou::cpu(detections, truths, std::span(noCrowd.get(), truths.size()));
        QCOMPARE(matrix.size(), detections.size() * truths.size());
        for (std::size_t d = 0; d < detections.size(); ++d) {
            for (std::size_t t = 0; t < truths.size(); ++t) {
                const QRectF a(detections[d].x, detections[d].y, detections[d].w, detections[d].h);
                const QRectF b(truths[t].x, truths[t].y, truths[t].w, truths[t].h);
                const QRectF i = a.intersected(b);
                const double inter = i.isEmpty() ? 0 : i.width() * i.height();
                const double expected = inter / (a.width() * a.height() + b.width() * b.height() - inter);
                QVERIFY(std::abs(matrix[d * truths.size() + t] - expected) < 1e-12);
            }
        }
    }

    void gpuEqualsCpuBitForBit()
    {
        if (!BoxIou::cudaAvailable()) {
            QSKIP("No CUDA device here (or a build without CUDA); the CPU path is the one tested.");
        }
        std::mt19937 random(5);
        std::uniform_real_distribution<double> coordinate(0, 1000), extent(0.5, 300);
        std::bernoulli_distribution crowd(0.1);
        std::vector<BoxXywh> detections(1500), truths(700);
        for (auto *boxes : {&detections, &truths})
            for (BoxXywh &b : *boxes)
                b = {coordinate(random), coordinate(random), extent(random), extent(random)};
        const std::unique_ptr<bool[]> crowdFlags(new bool[truths.size()]);
        for (std::size_t i = 0; i < truths.size(); ++i)
            crowdFlags[i] = crowd(random);
        const std::span<const bool> flags(crowdFlags.get(), truths.size());
        const auto gpu = BoxIou::cuda(detections, truths, flags);
        QVERIFY2(gpu, qPrintable(gpu ? QString() : gpu.error().toString()));
        QVERIFY(*gpu == BoxIou::cpu(detections, truths, flags));
    }
};

QTEST_GUILESS_MAIN(TestBoxIou)
#include "tst_box_iou.moc"
