// Tests that annotation edits are durable: annotation_edit_stream applies edits through the
// annotation pane's model and is killed (SIGKILL) at random moments; every edit it reported as
// committed must then be in the store exactly, and the store must pass its integrity checks.
#include "core/datasets/dataset_store.h"
#include "core/project/project.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace atelier;

namespace {

constexpr int Rounds = 7;
constexpr int EditsPerRound = 150;

struct QueuedEdit
{
    std::int64_t key = 0;
    QString state; // compact JSON, or "deleted"
};

// What one run of the helper printed.
struct Transcript
{
    std::map<std::int64_t, QString> loaded;   // key -> state before any edit
    QList<QueuedEdit> queued;                  // edit n at index n - 1
    std::uint64_t lastCommitted = 0;
    std::map<std::int64_t, std::int64_t> rows; // key -> row id, from committed lines
    QStringList problems;
    bool done = false;

    void read(const QByteArray &rawLine)
    {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        const QStringList words = line.split(u' ');
        const QString &kind = words.value(0);
        if (kind == QLatin1String("loaded") && words.size() >= 3) {
            loaded[words[1].toLongLong()] = line.section(u' ', 2);
        } else if (kind == QLatin1String("queued") && words.size() >= 4) {
            if (words[1].toULongLong() != std::uint64_t(queued.size()) + 1)
                problems.append(QStringLiteral("out of order: ") + line);
            queued.append({words[2].toLongLong(), line.section(u' ', 3)});
        } else if (kind == QLatin1String("committed") && words.size() == 4) {
            if (words[1].toULongLong() != lastCommitted + 1)
                problems.append(QStringLiteral("committed out of order: ") + line);
            lastCommitted = words[1].toULongLong();
            rows[words[2].toLongLong()] = words[3].toLongLong();
        } else if (kind == QLatin1String("done")) {
            done = true;
        } else if (!line.isEmpty()) {
            problems.append(line);
        }
    }

    // The shapes after the first `count` edits, by key.
    std::map<std::int64_t, QString> stateAfter(qsizetype count) const
    {
        std::map<std::int64_t, QString> state = loaded;
        for (qsizetype i = 0; i < count; ++i) {
            if (queued[i].state == QLatin1String("deleted"))
                state.erase(queued[i].key);
            else
                state[queued[i].key] = queued[i].state;
        }
        return state;
    }
};

// The image's shape rows as the helper writes states, by row id.
std::map<std::int64_t, QString> storedStates(Database &db, std::int64_t imageId)
{
    std::map<std::int64_t, QString> states;
    auto st = db.statement("SELECT id, label_class_id, kind, geometry, attributes, z, hidden, locked, group_id "
                           "FROM shape WHERE image_id = ?");
    (*st)->bind(1, imageId);
    auto ok = (*st)->forEachRow([&](const Statement &r) {
        const QJsonObject state{
            {QStringLiteral("label"), qint64(r.int64(1))},
            {QStringLiteral("kind"), r.text(2)},
            {QStringLiteral("geometry"), r.text(3)},
            {QStringLiteral("attributes"), r.text(4)},
            {QStringLiteral("z"), qint64(r.int64(5))},
            {QStringLiteral("hidden"), r.int64(6) != 0},
            {QStringLiteral("locked"), r.int64(7) != 0},
            {QStringLiteral("group"), r.isNull(8) ? QJsonValue() : QJsonValue(qint64(r.int64(8)))},
        };
        states[r.int64(0)] = QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
    });
    if (!ok)
        qFatal("%s", qPrintable(ok.error().toString()));
    return states;
}

template<typename Map>
QStringList sortedValues(const Map &map)
{
    QStringList values;
    for (const auto &[key, value] : map)
        values.append(value);
    values.sort();
    return values;
}

} // namespace

class TestEditDurability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::int64_t m_image = 0;

    // Checks the store against what the helper printed: the edits it reported committed are there
    // and, of the ones after them, only a prefix (those committed before the kill reached it).
    void verifyStore(const Transcript &transcript)
    {
        auto project = Project::open(m_folder);
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        QCOMPARE((*project)->check().value(), QStringList());
        const std::map<std::int64_t, QString> stored = storedStates((*project)->database(), m_image);
        const QStringList actual = sortedValues(stored);

        std::optional<qsizetype> matched;
        for (qsizetype count = qsizetype(transcript.lastCommitted); count <= transcript.queued.size(); ++count) {
            if (sortedValues(transcript.stateAfter(count)) == actual) {
                matched = count;
                break;
            }
        }
        QVERIFY2(matched, qPrintable(QStringLiteral("the store matches no state after edit %1..%2")
                                         .arg(transcript.lastCommitted)
                                         .arg(transcript.queued.size())));

        // Shapes with no edit after the last reported one are on the row the writer reported.
        const auto committed = transcript.stateAfter(qsizetype(transcript.lastCommitted));
        for (const auto &[key, state] : committed) {
            bool editedLater = false;
            for (qsizetype i = qsizetype(transcript.lastCommitted); i < transcript.queued.size(); ++i)
                editedLater = editedLater || transcript.queued[i].key == key;
            if (editedLater)
                continue;
            const auto row = transcript.rows.find(key);
            const std::int64_t id = row != transcript.rows.end() ? row->second : key;
            QVERIFY2(stored.contains(id), qPrintable(QStringLiteral("row %1 of shape %2 is missing").arg(id).arg(key)));
            QCOMPARE(stored.at(id), state);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo(qEnvironmentVariable("ATELIER_EDIT_STREAM")).isExecutable());
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QStringLiteral("project"));
        auto project = Project::create(m_folder);
        QVERIFY(project);
        DatasetStore store((*project)->database(), (*project)->audit());
        const std::int64_t dataset = store.createDataset(QStringLiteral("streets"), m_dir.path()).value();
        QList<std::int64_t> labels;
        for (const char *name : {"car", "bike", "person"})
            labels.append(store.addLabelClass(dataset, QString::fromLatin1(name), QStringLiteral("#808080")).value());
        QVERIFY(store.addImages(dataset, {{QStringLiteral("street.png"), 64, 48, 1, 0, QStringLiteral("new"),
                                           {{labels[0], QStringLiteral("box"), QJsonArray{2, 3, 20.5, 30}},
                                            {labels[2], QStringLiteral("polygon"), QJsonArray{1, 1, 9, 1, 5, 7.75}}}}}));
        m_image = (*project)->database().queryInt("SELECT id FROM image").value();
    }

    void everyReportedEditSurvivesAKill()
    {
        QRandomGenerator random(4242);
        for (int round = 0; round < Rounds; ++round) {
            const bool letFinish = round == Rounds - 1;
            const int killAfter = int(random.bounded(1, EditsPerRound - 20));
            QProcess helper;
            helper.start(qEnvironmentVariable("ATELIER_EDIT_STREAM"),
                         {m_folder, QString::number(m_image), QString::number(random.generate()),
                          QString::number(EditsPerRound)});
            QVERIFY(helper.waitForStarted(10000));

            Transcript transcript;
            bool killed = false;
            while (helper.state() != QProcess::NotRunning) {
                helper.waitForReadyRead(100);
                while (helper.canReadLine()) {
                    transcript.read(helper.readLine());
                    if (!letFinish && !killed && transcript.lastCommitted >= std::uint64_t(killAfter)) {
                        helper.kill(); // SIGKILL: no destructor, no flush
                        killed = true;
                    }
                }
            }
            // Lines already in the pipe were printed before the kill, so they count too.
            for (const QByteArray &line : helper.readAllStandardOutput().split('\n'))
                transcript.read(line);
            QVERIFY2(transcript.problems.isEmpty(), qPrintable(transcript.problems.join(u'\n')));
            const QString errors = QString::fromLocal8Bit(helper.readAllStandardError());
            if (letFinish) {
                QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
                QVERIFY2(helper.exitCode() == 0, qPrintable(errors));
                QVERIFY(transcript.done);
                QCOMPARE(transcript.lastCommitted, std::uint64_t(transcript.queued.size()));
            } else {
                QVERIFY2(killed, qPrintable(errors));
                QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
                QVERIFY(transcript.lastCommitted >= std::uint64_t(killAfter));
            }
            verifyStore(transcript);
            if (QTest::currentTestFailed()) {
                qWarning("round %d (killed after %d committed edits) failed", round, killAfter);
                return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEditDurability)
#include "tst_edit_durability.moc"
