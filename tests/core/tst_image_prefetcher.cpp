// Tests ImagePrefetcher: neighbours decoded ahead are served without decoding again, errors come back as messages.
#include "core/imaging/image_prefetcher.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

class TestImagePrefetcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_images;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<std::shared_ptr<const PyramidImage>>();
        for (int i = 0; i < 8; ++i) {
            QImage image(1200 + i, 900, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(i * 40, 200, 200));
            const QString file = m_dir.filePath(QStringLiteral("img%1.png").arg(i));
            QVERIFY(image.save(file));
            m_images.append(file);
        }
    }

    void requestDecodesThenServesFromMemory()
    {
        ImagePrefetcher prefetcher;
        QSignalSpy ready(&prefetcher, &ImagePrefetcher::ready);
        QVERIFY(!prefetcher.request(m_images[0]));
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().at(0).toString(), m_images[0]);
        const auto image = ready.first().at(1).value<std::shared_ptr<const PyramidImage>>();
        QVERIFY(image);
        QCOMPARE(image->size(), QSize(1200, 900));
        QCOMPARE(prefetcher.decodeCount(), 1);
        QCOMPARE(prefetcher.request(m_images[0]), image);
        QCOMPARE(prefetcher.decodeCount(), 1);
    }

    void prefetchedNeighboursAreNotDecodedAgain()
    {
        ImagePrefetcher prefetcher;
        QSignalSpy ready(&prefetcher, &ImagePrefetcher::ready);
        QVERIFY(!prefetcher.request(m_images[1]));
        prefetcher.prefetch({m_images[2], m_images[3], m_images[0]});
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 4, 10000);
        QCOMPARE(prefetcher.decodeCount(), 4);
        // Moving to the next image: it is in hand at once.
        const auto next = prefetcher.request(m_images[2]);
        QVERIFY(next);
        QCOMPARE(next->size(), QSize(1202, 900));
        prefetcher.prefetch({m_images[3], m_images[4], m_images[1]});
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 5, 10000);
        QCOMPARE(prefetcher.decodeCount(), 5); // only img4 was new
        QCOMPARE(ready.last().at(0).toString(), m_images[4]);
        // Capacity 4 keeps the wanted ones (2, 3, 4, 1) and dropped img0.
        QVERIFY(!prefetcher.isCached(m_images[0]));
        for (int i : {1, 2, 3, 4})
            QVERIFY(prefetcher.isCached(m_images[i]));
    }

    void errorsComeBackAsMessages()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken.jpg"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a jpeg at all");
        file.close();
        ImagePrefetcher prefetcher;
        QSignalSpy failed(&prefetcher, &ImagePrefetcher::failed);
        QSignalSpy ready(&prefetcher, &ImagePrefetcher::ready);
        QVERIFY(!prefetcher.request(broken));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(0).toString(), broken);
        QVERIFY(failed.first().at(1).toString().contains(broken));
        QVERIFY(!prefetcher.isCached(broken));
        const QString missing = m_dir.filePath(QStringLiteral("missing.png"));
        prefetcher.prefetch({missing});
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.last().at(1).toString().contains(QStringLiteral("does not exist")));
        QCOMPARE(ready.count(), 0);
    }

    void staleWorkIsDropped()
    {
        ImagePrefetcher prefetcher;
        QSignalSpy ready(&prefetcher, &ImagePrefetcher::ready);
        prefetcher.prefetch(m_images);
        // The labeler jumped elsewhere at once: only the decodes already started (2 workers) finish.
        prefetcher.prefetch({});
        QTest::qWait(1500);
        QVERIFY2(prefetcher.decodeCount() <= 2, qPrintable(QString::number(prefetcher.decodeCount())));
        QCOMPARE(ready.count(), prefetcher.decodeCount());
    }

    void smallerCapacityEvicts()
    {
        ImagePrefetcher prefetcher;
        prefetcher.setCapacity(2);
        QSignalSpy ready(&prefetcher, &ImagePrefetcher::ready);
        prefetcher.prefetch({m_images[5], m_images[6], m_images[7]});
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 3, 10000);
        prefetcher.prefetch({});
        prefetcher.request(m_images[7]);
        int cached = 0;
        for (int i : {5, 6, 7})
            cached += prefetcher.isCached(m_images[i]) ? 1 : 0;
        QCOMPARE(cached, 2);
    }
};

QTEST_GUILESS_MAIN(TestImagePrefetcher)
#include "tst_image_prefetcher.moc"
