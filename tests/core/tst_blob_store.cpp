// Tests BlobStore: content addressing, deduplication, and detection of damaged or missing blobs.
#include "core/project/blob_store.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

class TestBlobStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesByHashOnce()
    {
        QTemporaryDir dir;
        BlobStore blobs(dir.filePath(QStringLiteral("blobs")));
        const QByteArray content("manifest v1\n");
        auto sha = blobs.put(content);
        QVERIFY(sha);
        QCOMPARE(*sha, QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(blobs.pathOf(*sha), dir.filePath(QStringLiteral("blobs/") + sha->left(2) + u'/' + sha->mid(2)));
        QVERIFY(blobs.contains(*sha));
        const QDateTime written = QFileInfo(blobs.pathOf(*sha)).lastModified();
        QCOMPARE(blobs.put(content).value(), *sha);
        QCOMPARE(QFileInfo(blobs.pathOf(*sha)).lastModified(), written);
        QCOMPARE(blobs.get(*sha).value(), content);
    }

    void refusesDamagedAndUnknownBlobs()
    {
        QTemporaryDir dir;
        BlobStore blobs(dir.path());
        auto sha = blobs.put("original");
        QVERIFY(sha);
        QFile file(blobs.pathOf(*sha));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("tampered");
        file.close();
        auto damaged = blobs.get(*sha);
        QVERIFY(!damaged);
        QVERIFY(damaged.error().message.contains(QStringLiteral("damaged")));

        const QString absent(64, u'a');
        QVERIFY(!blobs.contains(absent));
        QVERIFY(!blobs.get(absent));
        QVERIFY(!blobs.get(QStringLiteral("../../etc/passwd")));
        QVERIFY(!blobs.contains(QStringLiteral("../../etc/passwd")));
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blob_store.moc"
