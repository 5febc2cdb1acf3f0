// Tests Sha256 (libcrypto) against FIPS 180-2's vectors, in pieces and from files, and beside QCryptographicHash.
#include "core/project/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc") << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QStringLiteral("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                     << QStringLiteral("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void vectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        QCOMPARE(Sha256::hexOf(input), digest);
        // Fed in uneven pieces, the digest is the same.
        Sha256 pieces;
        for (qsizetype at = 0, step = 1; at < input.size(); at += step, step = step * 3 + 1)
            pieces.addData(QByteArrayView(input.constData() + at, std::min(step, input.size() - at)));
        QCOMPARE(pieces.hexResult(), digest);
    }

    void filesEqualQtsDigest_data()
    {
        QTest::addColumn<int>("size");
        for (const int size : {0, 1, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 12345})
            QTest::addRow("%d bytes", size) << size;
    }

    void filesEqualQtsDigest()
    {
        QFETCH(int, size);
        QByteArray bytes(size, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(QRandomGenerator::global()->bounded(256));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), qint64(size));
        file.close();
        const auto digest = Sha256::hexOfFile(path);
        QVERIFY(digest);
        QCOMPARE(*digest, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }

    void missingFileNamesIt()
    {
        const auto digest = Sha256::hexOfFile(QStringLiteral("/no/such/file.bin"));
        QVERIFY(!digest);
        QVERIFY2(digest.error().message.contains(QLatin1String("/no/such/file.bin")), qPrintable(digest.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
