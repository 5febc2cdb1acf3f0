// RegistryView: the model registry: models, a model's versions, a version's stage history, and
// the actions on a version (stage, aliases, its lineage, its run).
#pragma once

#include "core/models/model_types.h"
#include "core/result.h"

#include <QWidget>

#include <cstdint>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QTableView;
class QTableWidget;

namespace atelier {

class Database;
class ModelListModel;
class ModelRegistry;
class ModelVersionTableModel;
class StoreThread;
class TaskManager;

class RegistryView : public QWidget
{
    Q_OBJECT

public:
    RegistryView(TaskManager &tasks, const QString &projectFolder, QWidget *parent = nullptr);
    ~RegistryView() override;

    QTableView *modelsTable() const { return m_modelsTable; }
    QTableView *versionsTable() const { return m_versionsTable; }
    QTableWidget *historyTable() const { return m_history; }
    ModelListModel *models() const { return m_models; }
    ModelVersionTableModel *versions() const { return m_versions; }
    QAction *transitionAction() const { return m_transition; }
    QAction *setAliasAction() const { return m_setAlias; }
    QAction *deleteAliasAction() const { return m_deleteAlias; }
    QAction *lineageAction() const { return m_lineage; }
    QAction *openRunAction() const { return m_openRun; }

    // The model shown, and its selected version (null when none is).
    QString currentModel() const { return m_shownModel; }
    const ModelVersionRecord *currentVersion() const;
    // Shows `name` (and its version `number`, else its newest) once the registry is read.
    void selectModel(const QString &name, std::int64_t number = 0);

    // Reads the models and the shown model's versions again.
    void refresh();
    // The actions on the selected version, as tasks; the dialogs of the actions call them.
    void transitionSelected(ModelStage stage, bool archiveExisting, const QString &comment);
    void setAliasOnSelected(const QString &alias);
    void deleteAliasOfSelected(const QString &alias);

Q_SIGNALS:
    // The models and the shown model's versions were read and shown.
    void refreshed();
    // The selected version's stage history was read and shown.
    void historyShown();
    // A stage or an alias changed in the store.
    void changed();
    // `modelVersionId` is the version's row id, as the lineage graph names it.
    void lineageRequested(qint64 modelVersionId);
    void runActivated(const QString &runId);
    void problem(const QString &message, const QString &detail);

private:
    struct Snapshot;
    [[nodiscard]] static Result<Snapshot> readSnapshot(Database &db, const QString &wanted);
    void createActions();
    QWidget *makeDetails();
    void adopt(const Snapshot &snapshot);
    void selectVersionRow(std::int64_t number);
    void onModelChosen();
    void onVersionChosen();
    void loadHistory();
    void showHistory(const QList<StageChange> &history);
    void showDetails();
    void updateActions();
    void askStage();
    void askAlias();
    void askAliasToDelete();
    void change(const QString &title, std::function<Status(ModelRegistry &)> work);

    TaskManager &m_tasks;
    QString m_projectFolder;
    QString m_shownModel;
    std::int64_t m_wantedVersion = 0; // to select once the versions are read; 0: keep the selection
    int m_refreshGeneration = 0;
    int m_historyGeneration = 0;
    bool m_busy = false;
    ModelListModel *m_models;
    ModelVersionTableModel *m_versions;
    QTableView *m_modelsTable;
    QTableView *m_versionsTable;
    QTableWidget *m_history;
    QLabel *m_versionTitle;
    QLabel *m_details;
    QAction *m_transition = nullptr;
    QAction *m_setAlias = nullptr;
    QAction *m_deleteAlias = nullptr;
    QAction *m_lineage = nullptr;
    QAction *m_openRun = nullptr;
    QAction *m_refresh = nullptr;
    std::unique_ptr<StoreThread> m_store; // last, so that it stops first
};

} // namespace atelier
