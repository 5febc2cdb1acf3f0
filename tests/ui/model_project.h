// A demo-like project built through the core APIs for the model views' tests: the demo dataset with
// two versions, two jobs, three runs (the second job's first attempt failed), a model with two
// versions registered from the runs' artifacts, and a deployment of the second version.
#pragma once

#include "core/compute/job_spec.h"
#include "core/compute/job_store.h"
#include "core/compute/target_store.h"
#include "core/datasets/dataset_versions.h"
#include "core/models/model_registry.h"
#include "core/project/demo_project.h"
#include "core/project/project.h"
#include "core/serving/deployment_store.h"
#include "core/store/database.h"
#include "core/tasks/task_context.h"
#include "core/tracking/artifact_store.h"
#include "core/tracking/tracking_store.h"
#include "core/tracking/tracking_types.h"

#include <QDateTime>

#include <memory>

namespace atelier::testing {

template <typename T>
T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.error().toString()));
    return std::move(*result);
}

inline void must(Status status, const char *what)
{
    if (!status)
        qFatal("%s: %s", what, qPrintable(status.error().toString()));
}

struct ModelProject
{
    std::unique_ptr<Project> project;
    std::int64_t dataset = 0;
    std::int64_t version1 = 0; // dataset_version row ids
    std::int64_t version2 = 0;
    std::int64_t job1 = 0;
    std::int64_t job2 = 0;
    std::int64_t run1 = 0; // run row ids
    std::int64_t run2 = 0; // job2's failed first attempt
    std::int64_t run3 = 0; // job2's retry, which made model v2
    QString run1Uuid;
    QString run3Uuid;
    std::int64_t model = 0;
    std::int64_t modelVersion1 = 0; // model_version row ids
    std::int64_t modelVersion2 = 0;
    std::int64_t deployment = 0;

    static ModelProject build(const QString &folder)
    {
        ModelProject p;
        TaskContext context;
        p.project = must(DemoProject::create(folder, context), "demo project");
        Database &db = p.project->database();
        AuditLog &audit = p.project->audit();
        p.dataset = db.queryInt("SELECT id FROM dataset WHERE name = ?", DemoProject::datasetName()).value_or(0);
        DatasetVersions versions(db, audit, p.project->blobs());
        must(versions.create(p.dataset, QStringLiteral("baseline")), "version 1");
        must(versions.create(p.dataset, QStringLiteral("relabelled")), "version 2");
        const char *versionId = "SELECT id FROM dataset_version WHERE dataset_id = ? AND number = ?";
        p.version1 = db.queryInt(versionId, p.dataset, std::int64_t(1)).value_or(0);
        p.version2 = db.queryInt(versionId, p.dataset, std::int64_t(2)).value_or(0);

        const std::int64_t target = must(TargetStore(db, audit).add(QStringLiteral("workstation"),
                                                                    QStringLiteral("local")), "target");
        JobStore jobs(db, audit);
        TrackingStore tracking(db, audit);
        ArtifactStore artifacts(db, p.project->blobs(), audit);
        p.job1 = p.makeJob(jobs, target, QStringLiteral("train detector lr=3e-4"), p.version1);
        p.job2 = p.makeJob(jobs, target, QStringLiteral("train detector lr=1e-3"), p.version2);
        p.run1 = p.makeRun(tracking, QStringLiteral("detector-lr3e-4"), p.job1, p.version1, RunStatus::Finished,
                           {0.412, 0.587}, &p.run1Uuid);
        p.run2 = p.makeRun(tracking, QStringLiteral("detector-lr1e-3"), p.job2, p.version2, RunStatus::Failed,
                           {1.93, 0.08}, nullptr);
        p.run3 = p.makeRun(tracking, QStringLiteral("detector-lr1e-3-retry"), p.job2, p.version2,
                           RunStatus::Finished, {0.318, 0.664}, &p.run3Uuid);
        must(jobs.setRun(p.job1, p.run1), "job 1 run");
        must(jobs.setRun(p.job2, p.run3), "job 2 run");
        must(artifacts.put(p.run1, QStringLiteral("model/detector.onnx"), QByteArray(180000, 'a')), "artifact 1");
        must(artifacts.put(p.run3, QStringLiteral("model/detector.onnx"), QByteArray(183000, 'b')), "artifact 3");

        ModelRegistry registry(db, p.project->blobs(), audit);
        const auto first = must(registry.registerFromRun(QStringLiteral("detector"), p.run1,
                                                         QStringLiteral("model/detector.onnx")), "register v1");
        const auto second = must(registry.registerFromRun(QStringLiteral("detector"), p.run3,
                                                          QStringLiteral("model/detector.onnx")), "register v2");
        p.model = first.modelId;
        p.modelVersion1 = first.id;
        p.modelVersion2 = second.id;
        must(registry.transitionStage(QStringLiteral("detector"), 1, ModelStage::Staging, false,
                                      QStringLiteral("first candidate")), "v1 staging");
        must(registry.transitionStage(QStringLiteral("detector"), 2, ModelStage::Production, false,
                                      QStringLiteral("mAP50 0.664 on shapes v2")), "v2 production");
        must(registry.setAlias(QStringLiteral("detector"), QStringLiteral("champion"), 2), "alias");

        DeploymentStore deployments(db, audit);
        NewDeployment deployment;
        deployment.name = QStringLiteral("detector-api");
        deployment.modelVersionId = p.modelVersion2;
        deployment.targetId = target;
        deployment.command = {QStringLiteral("python3"), QStringLiteral("serve.py"), QStringLiteral("{model_path}"),
                              QStringLiteral("{port}")};
        deployment.port = 8601;
        p.deployment = must(deployments.create(deployment), "deployment");
        must(deployments.transition(p.deployment, DeploymentState::Starting, DeploymentState::Ready, QStringLiteral("ready")),
             "deployment ready");
        return p;
    }

private:
    std::int64_t makeJob(JobStore &jobs, std::int64_t target, const QString &name, std::int64_t datasetVersion)
    {
        JobSpec spec;
        spec.name = name;
        spec.command = {QStringLiteral("python3"), QStringLiteral("train.py")};
        spec.target = QStringLiteral("workstation");
        spec.datasetVersionId = datasetVersion;
        const std::int64_t id = must(jobs.create(spec, target, project->folder() + QStringLiteral("/jobs")), "job");
        must(jobs.transition(id, JobState::Queued, JobState::Running, QStringLiteral("started")), "job running");
        must(jobs.transition(id, JobState::Running, JobState::Succeeded, QStringLiteral("exit 0")), "job done");
        return id;
    }

    std::int64_t makeRun(TrackingStore &tracking, const QString &name, std::int64_t job, std::int64_t datasetVersion,
                         RunStatus status, std::pair<double, double> lossAndMap, QString *uuid)
    {
        RunCreate create;
        create.runName = name;
        create.provenance.jobId = job;
        create.provenance.datasetVersionId = datasetVersion;
        create.provenance.gitCommit = QStringLiteral("3f2a9c1");
        const RunInfo run = must(tracking.createRun(create), "run");
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        LogBatch batch;
        batch.metrics = {{QStringLiteral("loss"), lossAndMap.first, now, 20},
                         {QStringLiteral("mAP50"), lossAndMap.second, now, 20}};
        batch.params = {{QStringLiteral("lr"), name.contains(QStringLiteral("3e-4")) ? QStringLiteral("3e-4")
                                                                                     : QStringLiteral("1e-3")},
                        {QStringLiteral("epochs"), QStringLiteral("20")}};
        must(tracking.logBatch(run.runId, batch), "metrics");
        RunUpdate update;
        update.status = status;
        update.endTime = now;
        must(tracking.updateRun(run.runId, update), "run end");
        if (uuid)
            *uuid = run.runId;
        return must(tracking.runRowId(run.runId), "run row id");
    }
};

} // namespace atelier::testing
