// Tests JobSpec, TargetStore and JobStore: the spec's JSON form, targets, job states and their history.
#include "core/compute/job_spec.h"
#include "core/compute/job_store.h"
#include "core/compute/target_store.h"
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/migrator.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

namespace {

JobSpec trainSpec()
{
    JobSpec spec;
    spec.name = QStringLiteral("train");
    spec.command = {QStringLiteral("python3"), QStringLiteral("train.py")};
    spec.target = QStringLiteral("workstation");
    return spec;
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_projects = 0;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<TargetStore> m_targets;
    std::int64_t m_targetId = 0;

    std::int64_t count(const char *sql, std::int64_t id)
    {
        return m_project->database().queryInt(sql, id).value_or(-1);
    }

private Q_SLOTS:
    void init()
    {
        auto project = Project::create(m_dir.filePath(QStringLiteral("p%1").arg(++m_projects)));
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        m_project = std::move(*project);
        m_jobs = std::make_unique<JobStore>(m_project->database(), m_project->audit());
        m_targets = std::make_unique<TargetStore>(m_project->database(), m_project->audit());
        auto target = m_targets->add(QStringLiteral("workstation"), QStringLiteral("local"));
        QVERIFY(target);
        m_targetId = *target;
    }

    void cleanup()
    {
        m_jobs.reset();
        m_targets.reset();
        m_project.reset();
    }

    void schemaHasJobColumns()
    {
        QVERIFY(Migrator::latestVersion() >= 8);
        QCOMPARE(m_project->database().queryInt("SELECT count(*) FROM pragma_table_info('job') WHERE name IN "
                                                "('folder', 'external_id', 'attempt', 'exit_code', 'run_id', "
                                                "'cancel_requested_at')").value_or(-1),
                 6);
    }

    void specRoundTrip_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << QStringLiteral("--epochs=3") << QStringLiteral("1");
        QTest::newRow("shell syntax") << QStringLiteral("$(touch x); `id` \"'\\") << QStringLiteral("a;b|c&&d");
        QTest::newRow("newlines") << QStringLiteral("line one\nline two\n") << QStringLiteral("\n\t ");
        QTest::newRow("non-ascii") << QStringLiteral("données/日本語 ✓") << QStringLiteral("Grüße");
        QTest::newRow("empty") << QString() << QString();
    }

    void specRoundTrip()
    {
        QFETCH(QString, argument);
        QFETCH(QString, value);
        JobSpec spec = trainSpec();
        spec.command.append(argument);
        spec.workingFolder = QStringLiteral("/data/my runs");
        spec.environment = {{QStringLiteral("SEED"), value}, {QStringLiteral("B_2"), argument}};
        spec.resources = {2, 8, 16000, 3600};
        spec.experiment = QStringLiteral("resnet");
        spec.datasetVersionId = 7;
        spec.outputFolder = QStringLiteral("out");
        spec.retries = 2;
        spec.checkpointPattern = QStringLiteral("ckpt/*.pt");
        auto back = JobSpec::fromJson(spec.toJson());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(back->command, spec.command);
        QCOMPARE(back->environment, spec.environment);
        QVERIFY(*back == spec);
    }

    void specValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no name") << QStringLiteral("name") << QStringLiteral("no name");
        QTest::newRow("no command") << QStringLiteral("command") << QStringLiteral("no command");
        QTest::newRow("bad variable") << QStringLiteral("variable") << QStringLiteral("is not valid");
        QTest::newRow("negative gpus") << QStringLiteral("gpus") << QStringLiteral("negative");
        QTest::newRow("negative retries") << QStringLiteral("retries") << QStringLiteral("negative");
    }

    void specValidation()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        JobSpec spec = trainSpec();
        if (field == QLatin1String("name"))
            spec.name = QStringLiteral("  ");
        else if (field == QLatin1String("command"))
            spec.command.clear();
        else if (field == QLatin1String("variable"))
            spec.environment = {{QStringLiteral("1A=B"), QStringLiteral("x")}};
        else if (field == QLatin1String("gpus"))
            spec.resources.gpus = -1;
        else
            spec.retries = -1;
        const Status status = spec.validate();
        QVERIFY(!status);
        QVERIFY2(status.error().message.contains(expected), qPrintable(status.error().message));
        // An invalid spec is never stored.
        QVERIFY(!m_jobs->create(spec, m_targetId, m_project->folder() + QStringLiteral("/jobs")));
        QCOMPARE(m_project->database().queryInt("SELECT count(*) FROM job").value_or(-1), 0);
    }

    void stateNames()
    {
        for (JobState state : {JobState::Queued, JobState::Syncing, JobState::Submitted, JobState::Running,
                               JobState::Succeeded, JobState::Failed, JobState::Cancelled, JobState::Lost})
            QCOMPARE(jobStateFromName(jobStateName(state)), std::optional(state));
        QCOMPARE(jobStateFromName(QStringLiteral("done")), std::nullopt);
        QVERIFY(!isFinished(JobState::Running));
        QVERIFY(isFinished(JobState::Lost));
    }

    // A new project can run jobs on this computer at once: it comes with the target "local".
    void newProjectHasTheLocalTarget()
    {
        const auto local = m_targets->target(QStringLiteral("local"));
        QVERIFY(local);
        QCOMPARE(local->kind, QStringLiteral("local"));
        QCOMPARE(m_targets->targets().value().size(), 2); // and init()'s "workstation"
    }

    void targets()
    {
        QJsonObject config{{QStringLiteral("host"), QStringLiteral("gpu1")}, {QStringLiteral("port"), 2222}};
        auto id = m_targets->add(QStringLiteral("cluster"), QStringLiteral("slurm"), config);
        QVERIFY(id);
        auto found = m_targets->target(QStringLiteral("cluster"));
        QVERIFY(found);
        QCOMPARE(found->id, *id);
        QCOMPARE(found->kind, QStringLiteral("slurm"));
        QCOMPARE(found->config, config);
        QCOMPARE(m_targets->targets().value().size(), 3); // with the project's own "local"

        auto duplicate = m_targets->add(QStringLiteral("cluster"), QStringLiteral("ssh"));
        QVERIFY(!duplicate);
        QVERIFY(duplicate.error().message.contains(QStringLiteral("exists already")));
        auto badKind = m_targets->add(QStringLiteral("k8s"), QStringLiteral("kubernetes"));
        QVERIFY(!badKind);
        QVERIFY(badKind.error().message.contains(QStringLiteral("local, ssh, slurm")));
        auto secret = m_targets->add(QStringLiteral("s"), QStringLiteral("ssh"),
                                     {{QStringLiteral("password"), QStringLiteral("hunter2")}});
        QVERIFY(!secret);
        QVERIFY(secret.error().message.contains(QStringLiteral("keychain")));
        auto missing = m_targets->target(QStringLiteral("nowhere"));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("atelier target add")));
        QCOMPARE(m_project->database().queryInt("SELECT count(*) FROM compute_target").value_or(-1), 3);
        QCOMPARE(m_project->database()
                     .queryInt("SELECT count(*) FROM audit WHERE action = 'compute_target.create'")
                     .value_or(-1),
                 2);
    }

    void createdJobIsQueued()
    {
        const QString jobs = m_project->folder() + QStringLiteral("/jobs");
        auto id = m_jobs->create(trainSpec(), m_targetId, jobs);
        QVERIFY(id);
        auto job = m_jobs->job(*id);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Queued);
        QCOMPARE(job->name, QStringLiteral("train"));
        QCOMPARE(job->targetName, QStringLiteral("workstation"));
        QCOMPARE(job->targetKind, QStringLiteral("local"));
        QCOMPARE(job->folder, jobs + u'/' + QString::number(*id));
        QCOMPARE(job->attempt, 1);
        QVERIFY(job->spec == trainSpec());
        QVERIFY(!job->exitCode);
        QVERIFY(!job->cancelRequested);
        auto events = m_jobs->events(*id);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->constFirst().state, JobState::Queued);
        QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'job.create' AND object_id = ?", *id), 1);
    }

    void transitionsAreConditional()
    {
        auto id = m_jobs->create(trainSpec(), m_targetId, m_project->folder());
        QVERIFY(id);
        auto claimed = m_jobs->transition(*id, JobState::Queued, JobState::Submitted, QStringLiteral("starting"));
        QVERIFY(claimed);
        QVERIFY(*claimed);
        // A second process that read the job as queued does not claim it again.
        auto again = m_jobs->transition(*id, JobState::Queued, JobState::Submitted, QStringLiteral("starting"));
        QVERIFY(again);
        QVERIFY(!*again);
        QVERIFY(m_jobs->setExternalId(*id, QStringLiteral("4242:99")));
        auto running = m_jobs->transition(*id, JobState::Submitted, JobState::Running, QStringLiteral("running"));
        QVERIFY(running && *running);
        auto retried = m_jobs->transition(*id, JobState::Running, JobState::Queued, QStringLiteral("retrying"),
                                          {std::nullopt, 2, 3});
        QVERIFY(retried && *retried);
        auto failed = m_jobs->transition(*id, JobState::Queued, JobState::Failed, QStringLiteral("exit code 1"),
                                         {std::nullopt, std::nullopt, 1});
        QVERIFY(failed && *failed);

        auto job = m_jobs->job(*id);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Failed);
        QCOMPARE(job->externalId, QStringLiteral("4242:99"));
        QCOMPARE(job->attempt, 2);
        QCOMPARE(job->exitCode, std::optional(1));
        auto events = m_jobs->events(*id);
        QVERIFY(events);
        QList<JobState> states;
        QStringList reasons;
        QList<int> attempts;
        for (const JobEvent &event : *events) {
            states.append(event.state);
            reasons.append(event.reason);
            attempts.append(event.attempt);
            QVERIFY(QDateTime::fromString(event.at, Qt::ISODateWithMs).isValid());
        }
        QCOMPARE(states, (QList<JobState>{JobState::Queued, JobState::Submitted, JobState::Running, JobState::Queued,
                                          JobState::Failed}));
        QCOMPARE(reasons.mid(1), (QStringList{QStringLiteral("starting"), QStringLiteral("running"),
                                              QStringLiteral("retrying"), QStringLiteral("exit code 1")}));
        QCOMPARE(attempts, (QList<int>{1, 1, 1, 2, 2}));
        QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'job.state' AND object_id = ?", *id), 4);
    }

    void cancelRequests()
    {
        auto running = m_jobs->create(trainSpec(), m_targetId, m_project->folder());
        auto done = m_jobs->create(trainSpec(), m_targetId, m_project->folder());
        QVERIFY(running && done);
        QVERIFY(m_jobs->transition(*done, JobState::Queued, JobState::Succeeded, QStringLiteral("ok")).value_or(false));
        QCOMPARE(m_jobs->requestCancel(*running).value_or(false), true);
        QCOMPARE(m_jobs->requestCancel(*done).value_or(true), false);
        QVERIFY(m_jobs->job(*running)->cancelRequested);
        QVERIFY(!m_jobs->job(*done)->cancelRequested);

        auto unfinished = m_jobs->unfinished();
        QVERIFY(unfinished);
        QCOMPARE(unfinished->size(), 1);
        QCOMPARE(unfinished->constFirst().id, *running);
        auto all = m_jobs->jobs();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->constFirst().id, *done); // newest first
    }

    void unknownJob()
    {
        auto job = m_jobs->job(999);
        QVERIFY(!job);
        QVERIFY(job.error().message.contains(QStringLiteral("no job 999")));
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "tst_job_store.moc"
