// Tests TrackingStore: experiments, runs, params, tags, inputs and batches with MLflow's rules, codes and messages.
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/tracking/metric_store.h"
#include "core/tracking/tracking_store.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace atelier;

namespace {

template<typename T>
QString errorText(const Result<T> &result)
{
    return result ? QString() : result.error().toString();
}

const KeyValue *findKey(const QList<KeyValue> &values, const QString &key)
{
    for (const KeyValue &value : values) {
        if (value.key == key)
            return &value;
    }
    return nullptr;
}

} // namespace

class TestTrackingStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<TrackingStore> m_store;

    Database &db() { return m_project->database(); }

    QString newRun(std::int64_t experimentId = 0, const QString &name = {})
    {
        RunCreate create;
        create.experimentId = experimentId;
        create.runName = name;
        auto run = m_store->createRun(create);
        if (!run)
            qFatal("%s", qPrintable(run.error().toString()));
        return run->runId;
    }

    std::int64_t count(const char *sql, const QString &runId)
    {
        auto n = db().queryInt(sql, runId);
        return n ? *n : -1;
    }

    // Rows a run has in each table, to show that a failed call wrote nothing.
    QString footprint(const QString &runId)
    {
        return QStringLiteral("%1/%2/%3/%4")
            .arg(count("SELECT count(*) FROM param JOIN run ON run.id = param.run_id WHERE uuid = ?", runId))
            .arg(count("SELECT count(*) FROM tag JOIN run ON run.id = tag.run_id WHERE uuid = ?", runId))
            .arg(count("SELECT count(*) FROM metric_series JOIN run ON run.id = metric_series.run_id WHERE uuid = ?",
                       runId))
            .arg(count("SELECT count(*) FROM metric_point WHERE series_id IN (SELECT metric_series.id FROM "
                       "metric_series JOIN run ON run.id = metric_series.run_id WHERE uuid = ?)",
                       runId));
    }

    std::int64_t auditRows(const QString &objectId)
    {
        auto entries = m_project->audit().entries(1000, QStringLiteral("run"), objectId);
        return entries ? entries->size() : -1;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store.reset();
        auto project = Project::create(m_dir.filePath(QString::number(++m_projects)));
        QVERIFY2(project, qPrintable(errorText(project)));
        m_project = std::move(*project);
        m_store = std::make_unique<TrackingStore>(db(), m_project->audit());
    }

    void cleanup() { m_store.reset(); }

    void defaultExperimentExists()
    {
        auto experiment = m_store->experiment(0);
        QVERIFY2(experiment, qPrintable(errorText(experiment)));
        QCOMPARE(experiment->name, QStringLiteral("Default"));
        QCOMPARE(experiment->artifactLocation, QStringLiteral("mlflow-artifacts:/0"));
        QVERIFY(experiment->creationTime > 0);
    }

    void createAndGetExperiment()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        auto id = m_store->createExperiment(QStringLiteral("vision"), {}, {{QStringLiteral("team"), QStringLiteral("cv")}});
        QVERIFY2(id, qPrintable(errorText(id)));
        QCOMPARE(*id, 1);
        auto experiment = m_store->experiment(*id);
        QVERIFY(experiment);
        QCOMPARE(experiment->name, QStringLiteral("vision"));
        QCOMPARE(experiment->artifactLocation, QStringLiteral("mlflow-artifacts:/1"));
        QCOMPARE(experiment->stage, LifecycleStage::Active);
        QVERIFY(experiment->creationTime >= before && experiment->creationTime <= QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(experiment->tags, (QList<KeyValue>{{QStringLiteral("team"), QStringLiteral("cv")}}));

        auto byName = m_store->experimentByName(QStringLiteral("vision"));
        QVERIFY(byName);
        QCOMPARE(byName->id, *id);
        QCOMPARE(byName->tags.size(), 1);

        auto custom = m_store->createExperiment(QStringLiteral("elsewhere"), QStringLiteral("file:///tmp/x"));
        QVERIFY(custom);
        QCOMPARE(m_store->experiment(*custom)->artifactLocation, QStringLiteral("file:///tmp/x"));

        auto audit = m_project->audit().entries(10, QStringLiteral("experiment"), QString::number(*id));
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->front().action, QStringLiteral("experiment.create"));
    }

    void experimentErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate") << QStringLiteral("Default") << TrackingError::ResourceAlreadyExists
                                   << QStringLiteral("Experiment(name=Default) already exists.");
        QTest::newRow("empty") << QString() << TrackingError::InvalidParameterValue
                               << QStringLiteral("Invalid experiment name: ''");
        QTest::newRow("too long") << QString(501, QLatin1Char('e')) << TrackingError::InvalidParameterValue
                                  << QStringLiteral("Experiment name exceeds the maximum length of 500 characters");
    }

    void experimentErrors()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(QString, message);
        auto id = m_store->createExperiment(name);
        QVERIFY(!id);
        QCOMPARE(id.error().code, code);
        QCOMPARE(id.error().message, message);
        QCOMPARE(*db().queryInt("SELECT count(*) FROM experiment"), 1);
    }

    void missingExperiments()
    {
        auto byId = m_store->experiment(42);
        QVERIFY(!byId);
        QCOMPARE(byId.error().code, TrackingError::ResourceDoesNotExist);
        QCOMPARE(byId.error().message, QStringLiteral("No Experiment with id=42 exists"));
        auto byName = m_store->experimentByName(QStringLiteral("nope"));
        QVERIFY(!byName);
        QCOMPARE(byName.error().code, TrackingError::ResourceDoesNotExist);
        QCOMPARE(byName.error().message, QStringLiteral("Could not find experiment with name 'nope'"));
    }

    void searchExperimentsPages()
    {
        for (int i = 1; i <= 5; ++i)
            QVERIFY(m_store->createExperiment(QStringLiteral("e%1").arg(i)));
        QVERIFY(db().execute("UPDATE experiment SET lifecycle_stage = 'deleted' WHERE name = 'e3'"));

        QStringList names;
        QString token;
        int pages = 0;
        do {
            QString next;
            auto page = m_store->searchExperiments(ViewType::ActiveOnly, 2, token, &next);
            QVERIFY2(page, qPrintable(errorText(page)));
            QVERIFY(page->size() <= 2);
            for (const Experiment &experiment : std::as_const(*page))
                names.append(experiment.name);
            token = next;
            ++pages;
        } while (!token.isEmpty() && pages < 10);
        QCOMPARE(names, (QStringList{QStringLiteral("e5"), QStringLiteral("e4"), QStringLiteral("e2"),
                                     QStringLiteral("e1"), QStringLiteral("Default")}));
        QCOMPARE(pages, 3);

        auto deleted = m_store->searchExperiments(ViewType::DeletedOnly, 10);
        QVERIFY(deleted);
        QCOMPARE(deleted->size(), 1);
        QCOMPARE(deleted->front().stage, LifecycleStage::Deleted);
        auto all = m_store->searchExperiments(ViewType::All, 100);
        QVERIFY(all);
        QCOMPARE(all->size(), 6);
    }

    void searchExperimentsRejects_data()
    {
        QTest::addColumn<int>("maxResults");
        QTest::addColumn<QString>("token");
        QTest::newRow("zero") << 0 << QString();
        QTest::newRow("over 50000") << 50001 << QString();
        QTest::newRow("bad token") << 10 << QStringLiteral("%%%");
    }

    void searchExperimentsRejects()
    {
        QFETCH(int, maxResults);
        QFETCH(QString, token);
        auto page = m_store->searchExperiments(ViewType::All, maxResults, token);
        QVERIFY(!page);
        QCOMPARE(page.error().code, TrackingError::InvalidParameterValue);
    }

    void experimentTags()
    {
        QVERIFY(m_store->setExperimentTag(0, QStringLiteral("owner"), QStringLiteral("ana")));
        QVERIFY(m_store->setExperimentTag(0, QStringLiteral("owner"), QStringLiteral("bo")));
        QCOMPARE(m_store->experiment(0)->tags, (QList<KeyValue>{{QStringLiteral("owner"), QStringLiteral("bo")}}));
        auto missing = m_store->setExperimentTag(9, QStringLiteral("owner"), QStringLiteral("x"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, TrackingError::ResourceDoesNotExist);
        auto bad = m_store->setExperimentTag(0, QStringLiteral("bad*key"), QStringLiteral("x"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, TrackingError::InvalidParameterValue);
    }

    void createRunAsMlflowDoes()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        RunCreate create;
        create.tags = {{QStringLiteral("mlflow.user"), QStringLiteral("ana")},
                       {QStringLiteral("mlflow.source.git.commit"), QStringLiteral("abc123")},
                       {QStringLiteral("team"), QStringLiteral("cv")}};
        create.provenance.host = QStringLiteral("gpu-box");
        create.provenance.gitDirty = true;
        auto info = m_store->createRun(create);
        QVERIFY2(info, qPrintable(errorText(info)));
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(info->runId).hasMatch());
        QCOMPARE(info->artifactUri, QStringLiteral("mlflow-artifacts:/0/%1/artifacts").arg(info->runId));
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z]+-[a-z]+-\\d{1,3}$")).match(info->runName).hasMatch(),
                 qPrintable(info->runName));
        QCOMPARE(info->status, RunStatus::Running);
        QVERIFY(info->startTime && *info->startTime >= before);
        QVERIFY(!info->endTime);
        QCOMPARE(info->user, QStringLiteral("ana"));

        auto run = m_store->run(info->runId);
        QVERIFY2(run, qPrintable(errorText(run)));
        QCOMPARE(findKey(run->tags, QStringLiteral("mlflow.runName"))->value, info->runName);
        QCOMPARE(findKey(run->tags, QStringLiteral("team"))->value, QStringLiteral("cv"));
        QCOMPARE(run->provenance.gitCommit, QStringLiteral("abc123"));
        QCOMPARE(run->provenance.host, QStringLiteral("gpu-box"));
        QCOMPARE(run->provenance.gitDirty, std::optional<bool>(true));
        QCOMPARE(auditRows(info->runId), 1);

        // Two runs never share an id; the name a caller gives is kept, and tagged.
        const QString named = newRun(0, QStringLiteral("baseline"));
        QVERIFY(named != info->runId);
        QCOMPARE(m_store->run(named)->info.runName, QStringLiteral("baseline"));
        QCOMPARE(findKey(m_store->run(named)->tags, QStringLiteral("mlflow.runName"))->value, QStringLiteral("baseline"));
    }

    void createRunErrors()
    {
        RunCreate conflict;
        conflict.runName = QStringLiteral("a");
        conflict.tags = {{QStringLiteral("mlflow.runName"), QStringLiteral("b")}};
        auto both = m_store->createRun(conflict);
        QVERIFY(!both);
        QCOMPARE(both.error().code, TrackingError::InvalidParameterValue);
        QVERIFY(both.error().message.startsWith(QStringLiteral("Both 'run_name' argument and 'mlflow.runName' tag")));

        RunCreate missing;
        missing.experimentId = 77;
        auto noExperiment = m_store->createRun(missing);
        QVERIFY(!noExperiment);
        QCOMPARE(noExperiment.error().code, TrackingError::ResourceDoesNotExist);

        auto id = m_store->createExperiment(QStringLiteral("gone"));
        QVERIFY(id);
        QVERIFY(db().execute("UPDATE experiment SET lifecycle_stage = 'deleted' WHERE id = ?", *id));
        RunCreate inDeleted;
        inDeleted.experimentId = *id;
        auto deleted = m_store->createRun(inDeleted);
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().code, TrackingError::InvalidParameterValue);
        QCOMPARE(*db().queryInt("SELECT count(*) FROM run"), 0);
    }

    void updateRunKeepsNameAndTagInSync()
    {
        const QString runId = newRun();
        RunUpdate update;
        update.status = RunStatus::Finished;
        update.endTime = 1234;
        update.runName = QStringLiteral("renamed");
        auto info = m_store->updateRun(runId, update);
        QVERIFY2(info, qPrintable(errorText(info)));
        QCOMPARE(info->status, RunStatus::Finished);
        QCOMPARE(info->endTime, std::optional<std::int64_t>(1234));
        QCOMPARE(info->runName, QStringLiteral("renamed"));
        QCOMPARE(findKey(m_store->run(runId)->tags, QStringLiteral("mlflow.runName"))->value, QStringLiteral("renamed"));

        // Setting the tag renames the run.
        LogBatch batch;
        batch.tags = {{QStringLiteral("mlflow.runName"), QStringLiteral("by-tag")}};
        QVERIFY(m_store->logBatch(runId, batch));
        QCOMPARE(m_store->run(runId)->info.runName, QStringLiteral("by-tag"));
        QCOMPARE(auditRows(runId), 2); // create, update; logging is data, not audited
    }

    void runNotFound()
    {
        const QString id = QStringLiteral("0123456789abcdef0123456789abcdef");
        auto run = m_store->run(id);
        QVERIFY(!run);
        QCOMPARE(run.error().code, TrackingError::ResourceDoesNotExist);
        QCOMPARE(run.error().message, QStringLiteral("Run '%1' not found").arg(id));
        QCOMPARE(m_store->deleteRun(id).error().code, TrackingError::ResourceDoesNotExist);
        QCOMPARE(m_store->updateRun(id, {}).error().code, TrackingError::ResourceDoesNotExist);
        QCOMPARE(m_store->logBatch(id, {}).error().code, TrackingError::ResourceDoesNotExist);
        QCOMPARE(m_store->runRowId(id).error().code, TrackingError::ResourceDoesNotExist);
    }

    void deleteRestoreAndMove()
    {
        const QString runId = newRun();
        QVERIFY(m_store->deleteRun(runId));
        QCOMPARE(m_store->run(runId)->info.stage, LifecycleStage::Deleted);

        LogBatch batch;
        batch.metrics = {{QStringLiteral("loss"), 1.0, 10, 0}};
        auto logged = m_store->logBatch(runId, batch);
        QVERIFY(!logged);
        QCOMPARE(logged.error().code, TrackingError::InvalidParameterValue);
        QCOMPARE(logged.error().message,
                 QStringLiteral("The run %1 must be in the 'active' state. Current state is deleted.").arg(runId));
        QCOMPARE(m_store->updateRun(runId, {}).error().code, TrackingError::InvalidParameterValue);

        QVERIFY(m_store->restoreRun(runId));
        QCOMPARE(m_store->run(runId)->info.stage, LifecycleStage::Active);
        QVERIFY(m_store->logBatch(runId, batch));

        auto target = m_store->createExperiment(QStringLiteral("target"));
        QVERIFY(target);
        QVERIFY(m_store->moveRun(runId, *target));
        QCOMPARE(m_store->run(runId)->info.experimentId, *target);
        QCOMPARE(m_store->moveRun(runId, 99).error().code, TrackingError::ResourceDoesNotExist);
        QCOMPARE(m_store->run(runId)->info.experimentId, *target);

        auto entries = m_project->audit().entries(10, QStringLiteral("run"), runId);
        QVERIFY(entries);
        QStringList actions;
        for (const AuditEntry &entry : std::as_const(*entries))
            actions.prepend(entry.action);
        QCOMPARE(actions, (QStringList{QStringLiteral("run.create"), QStringLiteral("run.delete"),
                                       QStringLiteral("run.restore"), QStringLiteral("run.move")}));
    }

    void paramsAreImmutable()
    {
        const QString runId = newRun();
        LogBatch first;
        first.params = {{QStringLiteral("lr"), QStringLiteral("0.01")}};
        QVERIFY(m_store->logBatch(runId, first));
        QVERIFY(m_store->logBatch(runId, first)); // the same value again is fine

        LogBatch changed;
        changed.params = {{QStringLiteral("lr"), QStringLiteral("0.02")}};
        changed.metrics = {{QStringLiteral("loss"), 1.0, 10, 0}};
        const QString before = footprint(runId);
        auto result = m_store->logBatch(runId, changed);
        QVERIFY(!result);
        QCOMPARE(result.error().code, TrackingError::InvalidParameterValue);
        QCOMPARE(result.error().message,
                 QStringLiteral("Changing param values is not allowed. Params were already logged="
                                "'[{'key': 'lr', 'old_value': '0.01', 'new_value': '0.02'}]' for run ID='%1'.")
                     .arg(runId));
        QCOMPARE(footprint(runId), before);
        QCOMPARE(findKey(m_store->run(runId)->params, QStringLiteral("lr"))->value, QStringLiteral("0.01"));
    }

    void tagsSetAndDelete()
    {
        const QString runId = newRun();
        LogBatch batch;
        batch.tags = {{QStringLiteral("stage"), QStringLiteral("a")}};
        QVERIFY(m_store->logBatch(runId, batch));
        batch.tags = {{QStringLiteral("stage"), QStringLiteral("b")}};
        QVERIFY(m_store->logBatch(runId, batch));
        QCOMPARE(findKey(m_store->run(runId)->tags, QStringLiteral("stage"))->value, QStringLiteral("b"));
        QVERIFY(m_store->deleteTag(runId, QStringLiteral("stage")));
        QVERIFY(!findKey(m_store->run(runId)->tags, QStringLiteral("stage")));
        auto again = m_store->deleteTag(runId, QStringLiteral("stage"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, TrackingError::ResourceDoesNotExist);
        QCOMPARE(again.error().message, QStringLiteral("No tag with name: stage in run with id %1").arg(runId));
    }

    void badBatchesWriteNothing_data()
    {
        QTest::addColumn<int>("metrics");
        QTest::addColumn<int>("params");
        QTest::addColumn<int>("tags");
        QTest::addColumn<QString>("badKey");
        QTest::addColumn<QString>("message");
        QTest::newRow("1001 metrics") << 1001 << 0 << 0 << QString()
                                      << QStringLiteral("A batch logging request can contain at most 1000 metrics. Got "
                                                        "1001 metrics. Please split up metrics across multiple requests "
                                                        "and try again.");
        QTest::newRow("101 params") << 0 << 101 << 0 << QString()
                                    << QStringLiteral("A batch logging request can contain at most 100 params. Got 101 "
                                                      "params. Please split up params across multiple requests and try "
                                                      "again.");
        QTest::newRow("101 tags") << 0 << 0 << 101 << QString() << QString();
        QTest::newRow("1001 entities") << 1000 << 1 << 0 << QString()
                                       << QStringLiteral("A batch logging request can contain at most 1000 metrics, "
                                                         "params, and tags. Got 1001 metrics, params, and tags. Please "
                                                         "split up metrics, params, and tags across multiple requests "
                                                         "and try again.");
        QTest::newRow("bad metric name") << 1 << 0 << 0 << QStringLiteral("loss*") << QString();
        QTest::newRow("path-like name") << 1 << 0 << 0 << QStringLiteral("a/../b") << QString();
        QTest::newRow("long key") << 1 << 0 << 0 << QString(251, QLatin1Char('k')) << QString();
    }

    void badBatchesWriteNothing()
    {
        QFETCH(int, metrics);
        QFETCH(int, params);
        QFETCH(int, tags);
        QFETCH(QString, badKey);
        QFETCH(QString, message);
        const QString runId = newRun();
        LogBatch batch;
        for (int i = 0; i < metrics; ++i)
            batch.metrics.append({badKey.isEmpty() ? QStringLiteral("m%1").arg(i % 3) : badKey, double(i), 5, i});
        for (int i = 0; i < params; ++i)
            batch.params.append({QStringLiteral("p%1").arg(i), QStringLiteral("v")});
        for (int i = 0; i < tags; ++i)
            batch.tags.append({QStringLiteral("t%1").arg(i), QStringLiteral("v")});
        const QString before = footprint(runId);
        auto result = m_store->logBatch(runId, batch);
        QVERIFY(!result);
        QCOMPARE(result.error().code, TrackingError::InvalidParameterValue);
        if (!message.isEmpty())
            QCOMPARE(result.error().message, message);
        QCOMPARE(footprint(runId), before);
    }

    void badValuesWriteNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("negative timestamp") << QStringLiteral("timestamp");
        QTest::newRow("param value 6001") << QStringLiteral("param");
        QTest::newRow("tag value 8001") << QStringLiteral("tag");
        QTest::newRow("duplicate params") << QStringLiteral("duplicate");
        QTest::newRow("bad run id") << QStringLiteral("runid");
    }

    void badValuesWriteNothing()
    {
        QFETCH(QString, what);
        QString runId = newRun();
        LogBatch batch;
        batch.metrics = {{QStringLiteral("ok"), 1.0, what == QLatin1String("timestamp") ? -1 : 1, 0}};
        if (what == QLatin1String("param"))
            batch.params = {{QStringLiteral("p"), QString(6001, QLatin1Char('x'))}};
        if (what == QLatin1String("tag"))
            batch.tags = {{QStringLiteral("t"), QString(8001, QLatin1Char('x'))}};
        if (what == QLatin1String("duplicate"))
            batch.params = {{QStringLiteral("p"), QStringLiteral("1")}, {QStringLiteral("p"), QStringLiteral("2")}};
        const QString before = footprint(runId);
        auto result = m_store->logBatch(what == QLatin1String("runid") ? QStringLiteral("../etc") : runId, batch);
        QVERIFY(!result);
        QCOMPARE(result.error().code, TrackingError::InvalidParameterValue);
        QCOMPARE(footprint(runId), before);

        // The largest values MLflow allows go through.
        LogBatch limits;
        limits.params = {{QStringLiteral("p"), QString(6000, QLatin1Char('x'))}};
        limits.tags = {{QStringLiteral("t"), QString(8000, QLatin1Char('x'))}};
        limits.metrics = {{QString(250, QLatin1Char('k')), 1.0, 0, 0}};
        QVERIFY(m_store->logBatch(runId, limits));
    }

    void metricsLatestNanAndInfinity()
    {
        const QString runId = newRun();
        const double inf = std::numeric_limits<double>::infinity();
        LogBatch batch;
        batch.metrics = {{QStringLiteral("loss"), 0.5, 100, 5},
                         {QStringLiteral("loss"), 0.9, 200, 3},
                         {QStringLiteral("nan"), std::numeric_limits<double>::quiet_NaN(), 1, 0},
                         {QStringLiteral("inf"), inf, 1, 0},
                         {QStringLiteral("ninf"), -inf, 1, 0}};
        QVERIFY(m_store->logBatch(runId, batch));
        LogBatch later;
        later.metrics = {{QStringLiteral("loss"), 0.1, 300, 4}};
        QVERIFY(m_store->logBatch(runId, later));

        auto run = m_store->run(runId);
        QVERIFY(run);
        QCOMPARE(run->metrics.size(), 4);
        for (const MetricValue &metric : std::as_const(run->metrics)) {
            if (metric.key == QLatin1String("loss")) {
                QCOMPARE(metric.value, 0.5); // highest step wins over the newest timestamp
                QCOMPARE(metric.step, 5);
                QCOMPARE(metric.timestamp, 100);
            } else if (metric.key == QLatin1String("nan")) {
                QVERIFY(std::isnan(metric.value));
            } else if (metric.key == QLatin1String("inf")) {
                QCOMPARE(metric.value, inf);
            } else {
                QCOMPARE(metric.value, -inf);
            }
        }
        auto rowId = m_store->runRowId(runId);
        QVERIFY(rowId);
        auto seriesId = m_store->metrics().seriesId(*rowId, QStringLiteral("loss"));
        QVERIFY(seriesId);
        auto history = m_store->metrics().history(*seriesId, 0);
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
    }

    void inputs()
    {
        const QString runId = newRun();
        DatasetInput input{QStringLiteral("train"), QStringLiteral("d1g3st"), QStringLiteral("local"),
                           QStringLiteral("/data/train"), QStringLiteral("{}"), QStringLiteral("{\"rows\":5}"),
                           {{QStringLiteral("mlflow.data.context"), QStringLiteral("training")}}};
        QVERIFY(m_store->logInputs(runId, {input}));
        QVERIFY(m_store->logInputs(runId, {input}));
        auto run = m_store->run(runId);
        QVERIFY(run);
        QCOMPARE(run->inputs.size(), 1);
        QCOMPARE(run->inputs.front().name, input.name);
        QCOMPARE(run->inputs.front().digest, input.digest);
        QCOMPARE(run->inputs.front().source, input.source);
        QCOMPARE(run->inputs.front().profile, input.profile);
        QCOMPARE(run->inputs.front().tags, input.tags);

        input.digest = QString(37, QLatin1Char('d'));
        auto tooLong = m_store->logInputs(runId, {input});
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, TrackingError::InvalidParameterValue);
    }

    void namesOfEnums()
    {
        QCOMPARE(runStatusName(RunStatus::Killed), QStringLiteral("KILLED"));
        QCOMPARE(runStatusFromName(QStringLiteral("SCHEDULED")), std::optional<RunStatus>(RunStatus::Scheduled));
        QVERIFY(!runStatusFromName(QStringLiteral("running")));
        QCOMPARE(lifecycleStageName(LifecycleStage::Deleted), QStringLiteral("deleted"));
        QCOMPARE(viewTypeFromName(QStringLiteral("DELETED_ONLY")), std::optional<ViewType>(ViewType::DeletedOnly));
        QVERIFY(!viewTypeFromName(QStringLiteral("SOME")));
        QVERIFY(isSystemMetricKey(QStringLiteral("system/cpu_utilization_percentage")));
        QVERIFY(!isSystemMetricKey(QStringLiteral("systemic")));
    }
};

QTEST_GUILESS_MAIN(TestTrackingStore)
#include "tst_tracking_store.moc"
