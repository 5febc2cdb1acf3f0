// ExperimentsPane: the experiments of a project and the runs table over them, with MLflow's filter
// syntax, sorting and a choice of param, metric and tag columns.
#pragma once

#include <QWidget>

#include <memory>

class QLabel;
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

    // Reads the experiments and runs again (after an import or a sync).
    void refresh();
    void chooseColumns();
    // Shows only the runs of one experiment; -1 shows every experiment's.
    void selectExperiment(std::int64_t experimentId);
    // Compares the selected runs (2 to 20).
    void compareSelected();

Q_SIGNALS:
    void runActivated(const QString &runId);
    void compareRequested(const QStringList &runIds);
    void problem(const QString &message, const QString &detail);

private:
    void loadExperiments();
    void applyQuery();
    QList<std::int64_t> selectedExperiments() const;

    QString m_projectFolder;
    QListWidget *m_experiments;
    QLineEdit *m_filter;
    QLabel *m_filterError;
    QTableView *m_view;
    QLabel *m_count;
    QPushButton *m_compare;
    std::int64_t m_pendingExperiment = -1; // selected once the list has loaded
    RunsTableModel *m_model;
    // Declared last so that it stops first: no answer can reach a model already gone.
    std::unique_ptr<StoreThread> m_store;
};

} // namespace atelier
