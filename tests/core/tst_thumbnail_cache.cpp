// Tests ThumbnailCache: scaled thumbnails, kept on disk by path+size+mtime, batches answered by signals.
#include "core/imaging/thumbnail_cache.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

class TestThumbnailCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString makeImage(const QString &name, QSize size, QColor color, QImage::Format format = QImage::Format_RGB32)
    {
        QImage image(size, format);
        image.fill(color);
        const QString file = m_dir.filePath(name);
        if (!image.save(file))
            qFatal("could not write %s", qPrintable(file));
        return file;
    }

private Q_SLOTS:
    void thumbnailsAreScaledAndKeptOnDisk()
    {
        const QString photo = makeImage(QStringLiteral("photo.jpg"), QSize(1600, 1200), Qt::darkGreen);
        const QString cacheFolder = m_dir.filePath(QStringLiteral("thumbs"));
        {
            ThumbnailCache cache(cacheFolder);
            const auto thumb = cache.thumbnail(photo);
            QVERIFY2(thumb.has_value(), thumb ? "" : qPrintable(thumb.error().toString()));
            QCOMPARE(thumb->size(), QSize(160, 120));
            QCOMPARE(cache.madeCount(), 1);
            QVERIFY(QFileInfo::exists(cache.diskFile(photo) + QStringLiteral(".jpg")));
            QCOMPARE(cache.cached(photo).size(), QSize(160, 120));
        }
        // A new cache on the same folder reads it back instead of decoding the photo.
        ThumbnailCache again(cacheFolder);
        QVERIFY(again.cached(photo).isNull());
        const auto thumb = again.thumbnail(photo);
        QVERIFY(thumb);
        QCOMPARE(thumb->size(), QSize(160, 120));
        QCOMPARE(again.madeCount(), 0);

        // An edited file (another size and time) gets a new thumbnail.
        const QString before = again.diskFile(photo);
        makeImage(QStringLiteral("photo.jpg"), QSize(1200, 1600), Qt::darkRed);
        QFile file(photo);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(30), QFileDevice::FileModificationTime));
        file.close();
        QVERIFY(again.diskFile(photo) != before);
        ThumbnailCache third(cacheFolder);
        const auto edited = third.thumbnail(photo);
        QVERIFY(edited);
        QCOMPARE(edited->size(), QSize(120, 160));
        QCOMPARE(third.madeCount(), 1);
    }

    void smallImagesAreNotEnlargedAndAlphaKept()
    {
        const QString icon = makeImage(QStringLiteral("icon.png"), QSize(100, 50), QColor(255, 0, 0, 128),
                                       QImage::Format_ARGB32);
        ThumbnailCache cache(m_dir.filePath(QStringLiteral("thumbs-alpha")), 64);
        const auto thumb = cache.thumbnail(icon);
        QVERIFY(thumb);
        QCOMPARE(thumb->size(), QSize(64, 32));
        QVERIFY(thumb->hasAlphaChannel());
        QVERIFY(QFileInfo::exists(cache.diskFile(icon) + QStringLiteral(".png")));
        ThumbnailCache big(m_dir.filePath(QStringLiteral("thumbs-alpha")), 400);
        QCOMPARE(big.thumbnail(icon)->size(), QSize(100, 50));
    }

    void batchesAnswerThroughSignals()
    {
        QStringList paths;
        for (int i = 0; i < 5; ++i)
            paths.append(makeImage(QStringLiteral("b%1.jpg").arg(i), QSize(640 + i, 480), Qt::blue));
        const QString broken = m_dir.filePath(QStringLiteral("broken.png"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG but not really");
        file.close();
        paths.insert(2, broken);

        ThumbnailCache cache(m_dir.filePath(QStringLiteral("thumbs-batch")));
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QSignalSpy failed(&cache, &ThumbnailCache::thumbnailFailed);
        cache.request(paths);
        cache.request(paths.mid(0, 2)); // already queued or done: asked twice, answered once or twice, never lost
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 5 && failed.count() >= 1, 10000);
        QSet<QString> answered;
        for (const auto &args : std::as_const(ready)) {
            answered.insert(args.at(0).toString());
            QCOMPARE(args.at(1).value<QImage>().width(), 160);
        }
        QCOMPARE(answered.size(), 5);
        QCOMPARE(failed.first().at(0).toString(), broken);
        QVERIFY(failed.first().at(1).toString().contains(broken));
        for (const QString &path : std::as_const(paths))
            QCOMPARE(cache.cached(path).isNull(), path == broken);
    }
};

QTEST_GUILESS_MAIN(TestThumbnailCache)
#include "tst_thumbnail_cache.moc"
