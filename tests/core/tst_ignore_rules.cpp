// Tests IgnoreRules (gitignore patterns) and TarStream (read back by the system's tar) used by CodeSync.
#include "core/compute/ssh/ignore_rules.h"
#include "core/compute/ssh/tar_stream.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

class TestIgnoreRules : public QObject
{
    Q_OBJECT

private slots:
    void patterns_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isFolder");
        QTest::addColumn<bool>("ignored");

        QTest::newRow("basename anywhere") << QByteArray("*.log\n") << "" << "a/b/x.log" << false << true;
        QTest::newRow("star stays in segment") << QByteArray("a*c\n") << "" << "a/b/c" << false << false;
        QTest::newRow("negation re-includes") << QByteArray("*.log\n!keep.log\n") << "" << "keep.log" << false << false;
        QTest::newRow("last rule wins") << QByteArray("!keep.log\n*.log\n") << "" << "keep.log" << false << true;
        QTest::newRow("folder only: folder") << QByteArray("build/\n") << "" << "src/build" << true << true;
        QTest::newRow("folder only: file") << QByteArray("build/\n") << "" << "src/build" << false << false;
        QTest::newRow("anchored at root") << QByteArray("/top.txt\n") << "" << "top.txt" << false << true;
        QTest::newRow("anchored not below") << QByteArray("/top.txt\n") << "" << "src/top.txt" << false << false;
        QTest::newRow("middle slash anchors") << QByteArray("doc/*.md\n") << "" << "x/doc/a.md" << false << false;
        QTest::newRow("double star folders") << QByteArray("**/cache/*.bin\n") << "" << "a/b/cache/x.bin" << false << true;
        QTest::newRow("double star none") << QByteArray("**/cache/*.bin\n") << "" << "cache/x.bin" << false << true;
        QTest::newRow("trailing double star") << QByteArray("logs/**\n") << "" << "logs/a/b.txt" << false << true;
        QTest::newRow("question mark") << QByteArray("file?.txt\n") << "" << "file1.txt" << false << true;
        QTest::newRow("character class") << QByteArray("[ab].txt\n") << "" << "c.txt" << false << false;
        QTest::newRow("negated class") << QByteArray("[!ab].txt\n") << "" << "c.txt" << false << true;
        QTest::newRow("comment and blank") << QByteArray("# *.txt\n\n") << "" << "a.txt" << false << false;
        QTest::newRow("escaped hash") << QByteArray("\\#notes\n") << "" << "#notes" << false << true;
        QTest::newRow("nested file applies below") << QByteArray("secret.py\n") << "src/sub" << "src/sub/secret.py" << false << true;
        QTest::newRow("nested file not above") << QByteArray("secret.py\n") << "src/sub" << "secret.py" << false << false;
        QTest::newRow("nested anchored") << QByteArray("/x\n") << "src" << "src/x" << false << true;
    }

    void patterns()
    {
        QFETCH(QByteArray, rules);
        QFETCH(QString, folder);
        QFETCH(QString, path);
        QFETCH(bool, isFolder);
        QFETCH(bool, ignored);
        IgnoreRules ignore;
        ignore.add(rules, folder);
        QCOMPARE(ignore.isIgnored(path, isFolder), ignored);
    }

    void tarIsReadBySystemTar()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString longPath = QString(90, QLatin1Char('a')) + QLatin1Char('/') + QString(90, QLatin1Char('b')) + QStringLiteral("/数据.txt");
        TarStream tar;
        tar.addFile(QStringLiteral("plain.txt"), "hello\n", 1700000000, false);
        tar.addFile(QStringLiteral("run.sh"), "#!/bin/sh\necho hi\n", 1700000001, true);
        tar.addFile(QStringLiteral("empty"), QByteArray(), 1700000002, false);
        tar.addFile(longPath, QByteArray(1000, 'z'), 1700000003, false);
        tar.finish();
        QCOMPARE(tar.data().size() % 512, 0);

        QProcess untar;
        untar.setWorkingDirectory(dir.path());
        untar.start(QStringLiteral("tar"), {QStringLiteral("-x"), QStringLiteral("-o"), QStringLiteral("-f"), QStringLiteral("-")});
        QVERIFY(untar.waitForStarted());
        untar.write(tar.data());
        untar.closeWriteChannel();
        QVERIFY(untar.waitForFinished());
        QCOMPARE(untar.exitCode(), 0);
        QCOMPARE(untar.readAllStandardError(), QByteArray());

        auto read = [&](const QString &path) {
            QFile file(dir.filePath(path));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
        };
        QCOMPARE(read(QStringLiteral("plain.txt")), QByteArray("hello\n"));
        QCOMPARE(read(QStringLiteral("empty")), QByteArray());
        QCOMPARE(read(longPath), QByteArray(1000, 'z'));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("run.sh"))).isExecutable());
        QVERIFY(!QFileInfo(dir.filePath(QStringLiteral("plain.txt"))).isExecutable());
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("plain.txt"))).lastModified().toSecsSinceEpoch(), 1700000000);
    }
};

QTEST_GUILESS_MAIN(TestIgnoreRules)
#include "tst_ignore_rules.moc"
