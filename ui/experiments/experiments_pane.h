// ExperimentsPane: the experiments of a project and the runs table over them, with MLflow's filter
// syntax, sorting and a choice of param, metric and tag columns.
#pragma once

#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QAction;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace atelier {

class RunsTableModel;
class StoreThread;

class ExperimentsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ExperimentsPane(const QString &projectFolder, QWidget *parent = nullptr);
    ~ExperimentsPane() override;

    RunsTableModel *runsModel() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *runsView() const { return m_view; }
    QListWidget *experimentList() const { return m_experiments; }
    QAction *moveRunsAction() const { return m_moveRuns; }

    // Reads the experiments and runs again (after an import or a sync).
    void refresh();
    // Searches the runs again after they changed elsewhere (the tracking server's runsChanged),
    // keeping the selected runs selected. One search at a time: changes that arrive during it
    // make one more search after it, so a busy server never queues searches up.
    void refreshRuns();
    void chooseColumns();
    // Shows only the runs of one experiment; -1 shows every experiment's.
    void selectExperiment(std::int64_t experimentId);
    // Compares the selected runs (2 to 20), from one experiment or several.
    void compareSelected();
    // Asks which experiment to move the selected runs to, then moves them (the "Move to
    // Experiment…" action of the runs table's context menu).
    void moveSelectedRuns();
    // Moves runs to an experiment in one transaction; runsMoved or problem tells how it went.
    void moveRuns(const QStringList &runIds, std::int64_t experimentId);

Q_SIGNALS:
    void runActivated(const QString &runId);
    void compareRequested(const QStringList &runIds);
    void runsMoved(int count);
    void problem(const QString &message, const QString &detail);

private:
    void loadExperiments();
    void applyQuery();
    void finishRunsRefresh();
    QList<std::int64_t> selectedExperiments() const;

    QString m_projectFolder;
    QListWidget *m_experiments;
    QLineEdit *m_filter;
    QLabel *m_filterError;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_compare;
    QAction *m_moveRuns;
    std::int64_t m_pendingExperiment = -1; // selected once the list has loaded
    bool m_refreshingRuns = false;
    bool m_refreshRunsAgain = false;
    QSet<std::int64_t> m_keptSelection; // row ids of the runs selected when refreshRuns() began
    RunsTableModel *m_model;
    // Declared last so that it stops first: no answer can reach a model already gone.
    std::unique_ptr<StoreThread> m_store;
};

} // namespace atelier
