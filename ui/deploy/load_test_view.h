// LoadTestView: runs a load test against a deployment as a task (progress, Cancel), shows its figures and latency histogram, and lists the deployment's earlier tests.
#pragma once

#include "core/serving/load_test_store.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace atelier {

class LatencyHistogramChart;
class LoadTestForm;
class LoadTestsTableModel;
class StatTile;
class StoreThread;
class TaskManager;

class LoadTestView : public QWidget
{
    Q_OBJECT

public:
    // A dataset version gives at most this many bodies (they are held in memory while the test runs).
    static constexpr int MaxImageBodies = 2000;

    LoadTestView(TaskManager &tasks, StoreThread &store, const QString &projectFolder, std::int64_t deploymentId,
                 QWidget *parent = nullptr);
    ~LoadTestView() override;

    // The server's base URL (empty while it has none) and the model it serves.
    void setTarget(const QString &baseUrl, const QString &modelName);
    // Reads the earlier tests and the project's dataset versions again.
    void refresh();
    void run();
    void cancel();
    bool isRunning() const { return m_taskId != 0; }

    LoadTestForm *form() const { return m_form; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *messageLabel() const { return m_message; }
    LatencyHistogramChart *histogram() const { return m_histogram; }
    QTableView *historyTable() const { return m_table; }
    LoadTestsTableModel *history() const { return m_tests; }
    // The figures shown: requests, errors, rps, p50, p95, p99, max.
    QList<StatTile *> tiles() const;
    std::optional<std::int64_t> shownTest() const { return m_shown; }

Q_SIGNALS:
    // A test ended (finished or cancelled) and its result was stored.
    void testStored(qint64 loadTestId);
    void refreshed();
    void problem(const QString &message, const QString &detail);

private:
    struct Outcome;

    void showTest(const LoadTestRecord &test);
    void testEnded(const Status &status, const Outcome &outcome);
    void setRunning(bool running);
    void showMessage(const QString &text, bool error);
    void selectedChanged();

    TaskManager &m_tasks;
    StoreThread &m_store;
    QString m_projectFolder;
    std::int64_t m_deploymentId;
    QString m_baseUrl;
    QString m_modelName;
    int m_taskId = 0;
    std::optional<std::int64_t> m_shown;
    std::optional<std::int64_t> m_selectAfterRefresh;
    LoadTestForm *m_form;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_message;
    StatTile *m_requests;
    StatTile *m_errors;
    StatTile *m_rps;
    StatTile *m_p50;
    StatTile *m_p95;
    StatTile *m_p99;
    StatTile *m_max;
    LatencyHistogramChart *m_histogram;
    LoadTestsTableModel *m_tests;
    QTableView *m_table;
};

} // namespace atelier
