// DeploymentView: one deployment's dashboard: state and reason, figures, live charts of the last hour, events, traffic split, actions and load tests.
#pragma once

#include "core/serving/deployment_supervisor.h"

#include <QHash>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace atelier {

class DeploymentCharts;
class DeploymentEventsModel;
class DeploymentStateBadge;
class DeploymentTiles;
class ElidedLabel;
class LoadTestView;
class RouteSplitView;
class StoreThread;
class TaskManager;

class DeploymentView : public QWidget
{
    Q_OBJECT

public:
    enum Page { DashboardPage, LoadTestPage };

    DeploymentView(DeploymentSupervisor &supervisor, TaskManager &tasks, const QString &projectFolder,
                   std::int64_t deploymentId, QWidget *parent = nullptr);
    ~DeploymentView() override;

    std::int64_t deploymentId() const { return m_deploymentId; }
    const DeploymentRecord &deployment() const { return m_record; }
    DeploymentState state() const { return m_state; }

    DeploymentStateBadge *badge() const { return m_badge; }
    ElidedLabel *reasonLabel() const { return m_reason; }
    DeploymentTiles *tiles() const { return m_tiles; }
    DeploymentCharts *charts() const { return m_charts; }
    DeploymentEventsModel *events() const { return m_events; }
    QTableView *eventsTable() const { return m_eventsTable; }
    RouteSplitView *routes() const { return m_routes; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *restartButton() const { return m_restart; }
    QComboBox *rollVersion() const { return m_rollVersion; }
    QPushButton *rollButton() const { return m_roll; }
    QLabel *actionResult() const { return m_actionResult; }
    LoadTestView *loadTests() const { return m_loadTests; }
    void showPage(Page page);

    // Reads the deployment, its events, the last hour of its figures and its model's versions.
    void reload();

Q_SIGNALS:
    // A reload landed and is shown.
    void loaded();
    // The lineage of this deployment ("deployment:<id>").
    void lineageRequested(const QString &node);
    void problem(const QString &message, const QString &detail);

private:
    struct Snapshot;

    QWidget *buildHeader();
    QWidget *buildDashboard();
    void adopt(const Snapshot &snapshot);
    void adoptRecord(const DeploymentRecord &record);
    void setState(DeploymentState state, const QString &reason);
    void onProbed(const DeploymentStatus &status);
    void onSamples(qint64 atMs, const QList<DeploymentSample> &samples);
    void onActionFinished(const QString &action, bool succeeded, const QString &message);
    void begin(const QString &action, const Status &begun);
    void updateDetails();
    void updateActions();
    void updateProcessStart();
    void readRouteLabels();
    void tick();

    DeploymentSupervisor &m_supervisor;
    TaskManager &m_tasks;
    std::int64_t m_deploymentId;
    DeploymentRecord m_record;
    bool m_haveRecord = false;
    DeploymentState m_state = DeploymentState::Starting;
    std::optional<DeploymentStatus> m_status;
    QString m_runningAction; // empty when none
    QList<std::pair<std::int64_t, QString>> m_versions; // the model's versions: id, label
    std::unique_ptr<StoreThread> m_store;
    QLabel *m_title;
    DeploymentStateBadge *m_badge;
    ElidedLabel *m_reason;
    QLabel *m_details;
    QLabel *m_lineage;
    QPushButton *m_stop;
    QPushButton *m_restart;
    QComboBox *m_rollVersion;
    QPushButton *m_roll;
    QLabel *m_actionResult;
    DeploymentTiles *m_tiles;
    QTabWidget *m_tabs;
    DeploymentCharts *m_charts;
    DeploymentEventsModel *m_events;
    QTableView *m_eventsTable;
    RouteSplitView *m_routes;
    LoadTestView *m_loadTests;
    QTimer *m_clock;
};

} // namespace atelier
