// The commands of the command line, one function each, grouped by subject in their .cpp files.
#pragma once

#include <QStringList>

namespace atelier::cli {

// Exit codes shared by every command.
enum ExitCode { Success = 0, Failure = 1, Misuse = 2 };

// Each command gets the arguments after its words ("project info DIR" gets {DIR}).
int projectInit(const QStringList &args);
int projectInfo(const QStringList &args);
int projectCheck(const QStringList &args);
int demoCreate(const QStringList &args);
int datasetImport(const QStringList &args);
int datasetExport(const QStringList &args);
int datasetVersion(const QStringList &args);
int datasetVersions(const QStringList &args);
int datasetDiff(const QStringList &args);
int datasetRestore(const QStringList &args);
int datasetSplit(const QStringList &args);
int trackingServe(const QStringList &args);
int trackingImport(const QStringList &args);
int targetAdd(const QStringList &args);
int targetTest(const QStringList &args);
int jobSubmit(const QStringList &args);
int jobList(const QStringList &args);
int jobWait(const QStringList &args);
int jobLogs(const QStringList &args);
int jobCancel(const QStringList &args);
int deployStart(const QStringList &args);
int deployStatus(const QStringList &args);
int deployStop(const QStringList &args);
int deploySplit(const QStringList &args);
int deployGateway(const QStringList &args);
int demoPipeline(const QStringList &args);
int modelRegister(const QStringList &args);
int modelList(const QStringList &args);
int modelStage(const QStringList &args);
int lineage(const QStringList &args);
int loadTest(const QStringList &args);

} // namespace atelier::cli
