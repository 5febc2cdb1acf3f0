// DatasetPane: a dataset's overview document: its versions (freeze, restore, export, compare) and its statistics as charts.
#pragma once

#include "core/datasets/dataset_statistics.h"
#include "core/datasets/dataset_versions.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace atelier {

class DatasetStatisticsView;
class EmptyState;
class StoreThread;
class TaskManager;
class VersionTableModel;

class DatasetPane : public QWidget
{
    Q_OBJECT

public:
    enum Page { VersionsPage, StatisticsPage };

    // Reads on a StoreThread of its own; freezes, restores and exports run as tasks of `tasks`.
    DatasetPane(TaskManager &tasks, const QString &projectFolder, std::int64_t datasetId, const QString &name,
                QWidget *parent = nullptr);
    ~DatasetPane() override;

    std::int64_t datasetId() const { return m_datasetId; }
    QString datasetName() const { return m_name; }

    void showPage(Page page);
    Page currentPage() const;

    const VersionTableModel &versions() const { return *m_versions; }
    QTableView *versionTable() const { return m_table; }
    // The version of the table's current row; 0 when none is selected.
    std::int64_t selectedVersion() const;
    void selectVersion(std::int64_t number);

    // What the statistics describe: 0 for the working copy, else a version number.
    std::int64_t statisticsSource() const;
    void setStatisticsSource(std::int64_t version);
    // The statistics on screen; empty while they are read or when they could not be.
    const std::optional<DatasetStatistics> &statistics() const { return m_statistics; }
    DatasetStatisticsView *statisticsView() const { return m_statisticsView; }

    QAction *freezeAction() const { return m_freeze; }
    QAction *restoreAction() const { return m_restore; }
    QAction *exportAction() const { return m_export; }
    QAction *compareAction() const { return m_compare; }
    QAction *refreshAction() const { return m_refresh; }

public Q_SLOTS:
    // Each asks first (a message, a confirmation, a format and folder, two versions) in a
    // window-modal dialog, then starts its task.
    void freezeVersion();
    void restoreSelectedVersion();
    void exportDataset();
    void compareVersions();
    // Reads the versions and the statistics on screen again.
    void refresh();

Q_SIGNALS:
    // The user asked for the differences between two versions of this dataset.
    void compareRequested(qint64 datasetId, qint64 fromVersion, qint64 toVersion);
    // A restore rewrote the working copy: open views of the dataset should read it again.
    void workingCopyChanged(qint64 datasetId);
    void versionFrozen(qint64 version);
    void versionRestored(qint64 version);
    void exported(const QString &folder);
    // New statistics are on screen (source 0: the working copy).
    void statisticsShown(qint64 source);
    // For the window's event log.
    void problem(const QString &message, const QString &detail);

private:
    QWidget *buildVersionsPage();
    QWidget *buildStatisticsPage();
    void createActions();
    void showVersionsState();
    void updateActions();
    void setBusy(bool busy);
    void loadVersionHeaders();
    void adoptVersionHeaders(const QList<VersionInfo> &headers);
    void loadStatistics();
    void adoptStatistics(std::int64_t source, const Result<DatasetStatistics> &statistics);
    void startFreeze(const QString &message);
    void startRestore(std::int64_t version);
    void startExport(const QString &format, const QString &folder, std::int64_t version);
    void taskFailed(const QString &what, const Status &status);

    TaskManager &m_tasks;
    QString m_projectFolder;
    std::int64_t m_datasetId;
    QString m_name;
    std::unique_ptr<StoreThread> m_reader;
    VersionTableModel *m_versions;
    QList<VersionInfo> m_headers; // every version, newest first, without statistics
    QHash<std::int64_t, DatasetStatistics> m_versionStatistics; // versions never change
    std::optional<DatasetStatistics> m_statistics;
    int m_statisticsGeneration = 0;
    bool m_busy = false;

    QTabWidget *m_pages;
    QStackedWidget *m_versionsStack;
    EmptyState *m_versionsMessage;
    QTableView *m_table;
    QLabel *m_versionsInfo;
    QStackedWidget *m_statisticsStack;
    EmptyState *m_statisticsMessage;
    DatasetStatisticsView *m_statisticsView;
    QComboBox *m_source;

    QAction *m_freeze;
    QAction *m_restore;
    QAction *m_export;
    QAction *m_compare;
    QAction *m_refresh;
};

} // namespace atelier
