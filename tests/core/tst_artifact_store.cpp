// Tests ArtifactStore: run-relative paths that cannot leave the run, content in blobs/, folders
// derived from paths, replacement, listing and removal.
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/store/database.h"
#include "core/tracking/artifact_store.h"
#include "core/tracking/tracking_types.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

class TestArtifactStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checksRelativePaths_data();
    void checksRelativePaths();
    void parsesProxyPaths_data();
    void parsesProxyPaths();
    void storesContentByHash();
    void listsFilesAndFolders();
    void refusesFilesOverFoldersAndFoldersOverFiles();
    void removesFilesAndFolders();

private:
    std::int64_t addRun(const QString &uuid);
    QStringList listing(std::int64_t run, const QString &folder);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ArtifactStore> m_store;
};

void TestArtifactStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = Project::create(m_dir->path());
    QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
    m_project = std::move(*project);
    m_store = std::make_unique<ArtifactStore>(m_project->database(), m_project->blobs(), m_project->audit());
}

void TestArtifactStore::cleanup()
{
    m_store.reset();
    m_project.reset();
    m_dir.reset();
}

std::int64_t TestArtifactStore::addRun(const QString &uuid)
{
    auto ok = m_project->database().execute("INSERT INTO run (uuid, experiment_id) VALUES (?, 0)", uuid);
    if (!ok)
        qWarning() << ok.error().toString();
    return m_project->database().lastInsertId();
}

// "name" for files, "name/" for folders, with sizes of files: "a.txt:3".
QStringList TestArtifactStore::listing(std::int64_t run, const QString &folder)
{
    QStringList entries;
    auto files = m_store->list(run, folder);
    if (!files)
        return {files.error().message};
    for (const ArtifactFile &file : *files)
        entries.append(file.isDir ? file.path + u'/' : file.path + u':' + QString::number(file.size));
    return entries;
}

void TestArtifactStore::checksRelativePaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("allowRoot");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("file") << "model/weights.bin" << false << "model/weights.bin";
    QTest::newRow("trailing slash") << "plots/" << false << "plots";
    QTest::newRow("root allowed") << "" << true << "";
    QTest::newRow("root refused") << "" << false << "";
    QTest::newRow("dot-dot") << "../escape" << false << "";
    QTest::newRow("inner dot-dot") << "a/../../b" << false << "";
    QTest::newRow("dot") << "a/./b" << false << "";
    QTest::newRow("empty segment") << "a//b" << false << "";
    QTest::newRow("absolute") << "/etc/passwd" << true << "";
    QTest::newRow("backslash") << "a\\..\\b" << false << "";
    QTest::newRow("drive") << "C:/x" << false << "";
    QTest::newRow("only slashes") << "//" << true << "";
}

void TestArtifactStore::checksRelativePaths()
{
    QFETCH(QString, path);
    QFETCH(bool, allowRoot);
    QFETCH(QString, expected);
    auto checked = ArtifactStore::checkRelativePath(path, allowRoot);
    const bool accepted = !expected.isEmpty() || (path.isEmpty() && allowRoot);
    QCOMPARE(bool(checked), accepted);
    if (accepted)
        QCOMPARE(*checked, expected);
    else
        QCOMPARE(checked.error().code, TrackingError::InvalidParameterValue);
}

void TestArtifactStore::parsesProxyPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("experiment");
    QTest::addColumn<QString>("run");
    QTest::addColumn<QString>("relative");
    QTest::newRow("file") << "3/abc/artifacts/model/m.pkl" << true << qint64(3) << "abc" << "model/m.pkl";
    QTest::newRow("root") << "0/abc/artifacts" << true << qint64(0) << "abc" << "";
    QTest::newRow("not artifacts") << "0/abc/outputs/x" << false << qint64(0) << "" << "";
    QTest::newRow("experiment not a number") << "x/abc/artifacts/f" << false << qint64(0) << "" << "";
    QTest::newRow("too short") << "0/abc" << false << qint64(0) << "" << "";
    QTest::newRow("escapes the run") << "0/abc/artifacts/../../other/artifacts/f" << false << qint64(0) << "" << "";
}

void TestArtifactStore::parsesProxyPaths()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);
    auto location = ArtifactStore::parseProxyPath(path);
    QCOMPARE(bool(location), valid);
    if (!valid) {
        QCOMPARE(location.error().code, TrackingError::InvalidParameterValue);
        return;
    }
    QTEST(qint64(location->experimentId), "experiment");
    QTEST(location->runId, "run");
    QTEST(location->relativePath, "relative");
}

void TestArtifactStore::storesContentByHash()
{
    const std::int64_t first = addRun(QStringLiteral("run-one"));
    const std::int64_t second = addRun(QStringLiteral("run-two"));
    const QByteArray content("same bytes in two runs\n");
    auto a = m_store->put(first, QStringLiteral("notes.txt"), content);
    auto b = m_store->put(second, QStringLiteral("copy/notes.txt"), content);
    QVERIFY(a && b);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QCOMPARE(a->sha256, sha);
    QCOMPARE(b->sha256, sha);
    QCOMPARE(a->size, content.size());
    QCOMPARE(a->blobPath, m_project->blobs().pathOf(sha));
    QCOMPARE(m_project->blobs().get(sha).value(), content);

    auto found = m_store->find(second, QStringLiteral("copy/notes.txt"));
    QVERIFY(found);
    QCOMPARE(found->sha256, sha);
    auto missing = m_store->find(first, QStringLiteral("copy/notes.txt"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, TrackingError::ResourceDoesNotExist);

    // Replacing keeps one row with the new content.
    auto replaced = m_store->put(first, QStringLiteral("notes.txt"), "v2");
    QVERIFY(replaced);
    QCOMPARE(m_store->find(first, QStringLiteral("notes.txt"))->size, 2);
    QCOMPARE(m_project->database().queryInt("SELECT count(*) FROM artifact WHERE run_id = ?", first).value(), 1);
}

void TestArtifactStore::listsFilesAndFolders()
{
    const std::int64_t run = addRun(QStringLiteral("run"));
    const std::int64_t other = addRun(QStringLiteral("other"));
    for (const QString &path : {QStringLiteral("a.txt"), QStringLiteral("a/x.bin"), QStringLiteral("a/b/y.bin"),
                                QStringLiteral("a-b/z"), QStringLiteral("b"), QStringLiteral("a/b/c/d/e")})
        QVERIFY(m_store->put(run, path, "abc"));
    QVERIFY(m_store->put(other, QStringLiteral("a/only-other"), "x"));

    QCOMPARE(listing(run, {}), (QStringList{QStringLiteral("a/"), QStringLiteral("a-b/"), QStringLiteral("a.txt:3"),
                                            QStringLiteral("b:3")}));
    QCOMPARE(listing(run, QStringLiteral("a")), (QStringList{QStringLiteral("a/b/"), QStringLiteral("a/x.bin:3")}));
    QCOMPARE(listing(run, QStringLiteral("a/b/")), (QStringList{QStringLiteral("a/b/c/"), QStringLiteral("a/b/y.bin:3")}));
    QCOMPARE(listing(run, QStringLiteral("a.txt")), QStringList());
    QCOMPARE(listing(run, QStringLiteral("nothing")), QStringList());
    QCOMPARE(listing(other, {}), QStringList{QStringLiteral("a/")});
}

void TestArtifactStore::refusesFilesOverFoldersAndFoldersOverFiles()
{
    const std::int64_t run = addRun(QStringLiteral("run"));
    QVERIFY(m_store->put(run, QStringLiteral("model/weights.bin"), "w"));
    auto overFolder = m_store->put(run, QStringLiteral("model"), "x");
    QVERIFY(!overFolder);
    QCOMPARE(overFolder.error().code, TrackingError::InvalidParameterValue);
    auto underFile = m_store->put(run, QStringLiteral("model/weights.bin/extra"), "x");
    QVERIFY(!underFile);
    QCOMPARE(underFile.error().code, TrackingError::InvalidParameterValue);
    auto escaping = m_store->put(run, QStringLiteral("../other/f"), "x");
    QVERIFY(!escaping);
    QCOMPARE(m_project->database().queryInt("SELECT count(*) FROM artifact").value(), 1);
}

void TestArtifactStore::removesFilesAndFolders()
{
    const std::int64_t run = addRun(QStringLiteral("run"));
    for (const QString &path : {QStringLiteral("keep.txt"), QStringLiteral("model/a"), QStringLiteral("model/deep/b"),
                                QStringLiteral("model-card.md")})
        QVERIFY(m_store->put(run, path, path.toUtf8()));
    QVERIFY(m_store->remove(run, QStringLiteral("model")));
    QCOMPARE(listing(run, {}), (QStringList{QStringLiteral("keep.txt:8"), QStringLiteral("model-card.md:13")}));
    QVERIFY(m_store->remove(run, QStringLiteral("keep.txt")));
    QVERIFY(m_store->remove(run, QStringLiteral("not-there")));
    QCOMPARE(listing(run, {}), QStringList{QStringLiteral("model-card.md:13")});
    auto audit = m_project->database().queryInt("SELECT count(*) FROM audit WHERE action = 'artifact.delete'");
    QVERIFY(audit);
    QCOMPARE(*audit, 3);
}

QTEST_GUILESS_MAIN(TestArtifactStore)
#include "tst_artifact_store.moc"
