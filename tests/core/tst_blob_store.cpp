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

    // putFile (models of several GB) streams the file: same name as put, readable, no leftovers.
    void storesFilesLikeContent()
    {
        QTemporaryDir dir;
        BlobStore blobs(dir.filePath(QStringLiteral("blobs")));
        QByteArray content(3 * 1024 * 1024 + 7, '\0');
        for (qsizetype i = 0; i < content.size(); ++i)
            content[i] = char(i * 131 % 251);
        const QString source = dir.filePath(QStringLiteral("model.onnx"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        auto sha = blobs.putFile(source);
        QVERIFY2(sha, qPrintable(sha ? QString() : sha.error().toString()));
        QCOMPARE(*sha, QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(blobs.get(*sha).value(), content);
        QVERIFY(QFileInfo(blobs.pathOf(*sha)).permissions().testFlag(QFileDevice::ReadOther));
        QCOMPARE(blobs.putFile(source).value(), *sha);
        QCOMPARE(blobs.put(content).value(), *sha);
        // Only the two-digit subfolder: the temporary copies are gone.
        QCOMPARE(QDir(blobs.folder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{sha->left(2)});

        auto missing = blobs.putFile(dir.filePath(QStringLiteral("absent.onnx")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("absent.onnx")));
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blob_store.moc"
