// Tests RegistryView on a store built through the core APIs: it lists the models and a model's
// versions with their stage, aliases, framework, metrics and source run, shows a version's stage
// history, and a stage transition or an alias set through its dialogs lands in the store.
#include "core/models/model_catalog.h"
#include "core/store/audit_log.h"
#include "core/tasks/task_manager.h"
#include "model_project.h"
#include "shell_test_support.h"
#include "ui/shell/document_area.h"
#include "ui/shell/main_window.h"
#include "ui/shell/navigator_model.h"
#include "ui/shell/navigator_pane.h"
#include "ui/shell/shell_docks.h"
#include "ui/models/model_list_model.h"
#include "ui/models/model_version_table_model.h"
#include "ui/models/registry_view.h"
#include "ui/models/stage_transition_dialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;
using atelier::testing::ModelProject;

namespace {

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestRegistryView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsModelsAndVersions();
    void showsTheStageHistoryOfTheSelectedVersion();
    void linksToLineageAndRun();
    void choosingAnotherModelShowsItsVersions();
    void transitionThroughTheDialogLandsInTheStore();
    void aliasesThroughTheDialogsLandInTheStore();
    void aReservedAliasIsRefused();
    void theNavigatorOpensTheRegistry();

private:
    std::unique_ptr<RegistryView> open()
    {
        auto view = std::make_unique<RegistryView>(*m_tasks, m_folder);
        QSignalSpy history(view.get(), &RegistryView::historyShown);
        view->resize(1300, 800);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()) || (history.isEmpty() && !history.wait(10000)))
            return nullptr;
        return view;
    }

    void selectVersion(RegistryView &view, std::int64_t number)
    {
        QSignalSpy history(&view, &RegistryView::historyShown);
        const int row = view.versions()->rowOf(number);
        QVERIFY(row >= 0);
        const QRect cellRect = view.versionsTable()->visualRect(view.versions()->index(row, 0));
        QTest::mouseClick(view.versionsTable()->viewport(), Qt::LeftButton, {}, cellRect.center());
        QCOMPARE(view.currentVersion()->version, number);
        QVERIFY(history.wait(10000));
    }

    ModelStage storedStage(std::int64_t number)
    {
        auto version = ModelCatalog(m_data.project->database()).version(QStringLiteral("detector"), number);
        return version ? version->stage : ModelStage::None;
    }

    // The dialog of type `T` (named `name`) that the view opened, once it is there.
    template <typename T>
    T *dialogOf(RegistryView &view, const QString &name = {})
    {
        for (int waited = 0; waited < 5000; waited += 20) {
            if (T *found = view.findChild<T *>(name))
                return found;
            QTest::qWait(20);
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_folder;
    ModelProject m_data;
    std::unique_ptr<TaskManager> m_tasks;
};

void TestRegistryView::initTestCase()
{
    testing::isolateSettings();
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(QStringLiteral("project"));
    m_data = ModelProject::build(m_folder);
    m_tasks = std::make_unique<TaskManager>();
}

void TestRegistryView::cleanupTestCase()
{
    m_tasks->waitForAll();
}

void TestRegistryView::listsModelsAndVersions()
{
    auto view = open();
    QVERIFY(view);
    const ModelListModel *models = view->models();
    QCOMPARE(models->rowCount(), 1);
    QCOMPARE(cell(models, 0, ModelListModel::NameColumn), QStringLiteral("detector"));
    QCOMPARE(cell(models, 0, ModelListModel::VersionsColumn), QStringLiteral("2"));
    QCOMPARE(cell(models, 0, ModelListModel::AliasesColumn), QStringLiteral("@champion → v2"));
    QCOMPARE(view->currentModel(), QStringLiteral("detector"));

    const ModelVersionTableModel *versions = view->versions();
    QCOMPARE(versions->rowCount(), 2);
    using C = ModelVersionTableModel;
    // Newest first.
    QCOMPARE(cell(versions, 0, C::VersionColumn), QStringLiteral("v2"));
    QCOMPARE(cell(versions, 0, C::StageColumn), QStringLiteral("Production"));
    QCOMPARE(cell(versions, 0, C::AliasesColumn), QStringLiteral("@champion"));
    QCOMPARE(cell(versions, 0, C::FrameworkColumn), QStringLiteral("onnx"));
    QCOMPARE(cell(versions, 0, C::SizeColumn), QLocale().formattedDataSize(183000));
    QCOMPARE(cell(versions, 0, C::MetricsColumn), QStringLiteral("loss %1, mAP50 %2")
                                                      .arg(QLocale().toString(0.318, 'g', 4), QLocale().toString(0.664, 'g', 4)));
    QCOMPARE(cell(versions, 0, C::RunColumn), QStringLiteral("detector-lr1e-3-retry"));
    QCOMPARE(cell(versions, 1, C::VersionColumn), QStringLiteral("v1"));
    QCOMPARE(cell(versions, 1, C::StageColumn), QStringLiteral("Staging"));
    QCOMPARE(cell(versions, 1, C::AliasesColumn), QString());
    QCOMPARE(cell(versions, 1, C::RunColumn), QStringLiteral("detector-lr3e-4"));
    QCOMPARE(versions->index(1, C::StageColumn).data(C::StageRole).toInt(), int(ModelStage::Staging));
    // The newest version is selected at first.
    QCOMPARE(view->currentVersion()->version, 2);
}

void TestRegistryView::showsTheStageHistoryOfTheSelectedVersion()
{
    auto view = open();
    QVERIFY(view);
    QTableWidget *history = view->historyTable();
    // v2: registered (None), then Production; newest first.
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Production"));
    QCOMPARE(history->item(1, 1)->text(), QStringLiteral("None"));
    QCOMPARE(history->item(0, 2)->text(), Project::currentActor());

    selectVersion(*view, 1);
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->item(0, 1)->text(), QStringLiteral("Staging"));
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("versionDetails"))->text().contains(QStringLiteral("model/detector.onnx")));
    QVERIFY(!view->deleteAliasAction()->isEnabled()); // v1 has no alias
}

void TestRegistryView::linksToLineageAndRun()
{
    auto view = open();
    QVERIFY(view);
    QSignalSpy lineage(view.get(), &RegistryView::lineageRequested);
    QSignalSpy run(view.get(), &RegistryView::runActivated);
    view->lineageAction()->trigger();
    QCOMPARE(lineage.size(), 1);
    QCOMPARE(lineage[0][0].toLongLong(), m_data.modelVersion2);
    view->openRunAction()->trigger();
    QCOMPARE(run.size(), 1);
    QCOMPARE(run[0][0].toString(), m_data.run3Uuid);

    // A double-click on a version opens its lineage.
    const QRect v1 = view->versionsTable()->visualRect(view->versions()->index(view->versions()->rowOf(1), 0));
    QTest::mouseClick(view->versionsTable()->viewport(), Qt::LeftButton, {}, v1.center());
    QTest::mouseDClick(view->versionsTable()->viewport(), Qt::LeftButton, {}, v1.center());
    QCOMPARE(lineage.size(), 2);
    QCOMPARE(lineage[1][0].toLongLong(), m_data.modelVersion1);
}

void TestRegistryView::choosingAnotherModelShowsItsVersions()
{
    const QString file = m_dir.filePath(QStringLiteral("classifier.onnx"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("onnx classifier");
    out.close();
    ModelRegistry registry(m_data.project->database(), m_data.project->blobs(), m_data.project->audit());
    QVERIFY(registry.registerLocal(QStringLiteral("classifier"), file));

    auto view = open();
    QVERIFY(view);
    QCOMPARE(view->models()->rowCount(), 2);
    QCOMPARE(view->currentModel(), QStringLiteral("classifier")); // the first by name
    QCOMPARE(view->versions()->rowCount(), 1);
    QCOMPARE(cell(view->versions(), 0, ModelVersionTableModel::RunColumn), QStringLiteral("imported file"));
    QVERIFY(!view->openRunAction()->isEnabled());

    QSignalSpy refreshed(view.get(), &RegistryView::refreshed);
    const int row = view->models()->rowOf(QStringLiteral("detector"));
    const QRect rect = view->modelsTable()->visualRect(view->models()->index(row, 0));
    QTest::mouseClick(view->modelsTable()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(view->currentModel(), QStringLiteral("detector"));
    QCOMPARE(view->versions()->rowCount(), 2);

    // Asked for by name and number, as the lineage view's links do.
    view->selectModel(QStringLiteral("detector"), 1);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(view->currentVersion()->version, 1);
}

void TestRegistryView::transitionThroughTheDialogLandsInTheStore()
{
    auto view = open();
    QVERIFY(view);
    view->selectModel(QStringLiteral("detector"), 1);
    QSignalSpy refreshed(view.get(), &RegistryView::refreshed);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(view->currentVersion()->version, 1);
    QCOMPARE(storedStage(1), ModelStage::Staging);

    view->transitionAction()->trigger();
    auto *dialog = dialogOf<StageTransitionDialog>(*view);
    QVERIFY(dialog);
    QCOMPARE(dialog->stage(), ModelStage::Production); // staging's next step
    QVERIFY(dialog->archiveBox()->isEnabled());
    QVERIFY(dialog->archiveBox()->isChecked());
    dialog->findChild<QLineEdit *>(QStringLiteral("stageCommentEdit"))->setText(QStringLiteral("beats v2 on the new set"));
    QSignalSpy changed(view.get(), &RegistryView::changed);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(changed.wait(10000));
    QVERIFY(refreshed.wait(10000));

    QCOMPARE(storedStage(1), ModelStage::Production);
    QCOMPARE(storedStage(2), ModelStage::Archived); // archive existing
    auto history = ModelCatalog(m_data.project->database()).stageHistory(QStringLiteral("detector"), 1);
    QVERIFY(history);
    QCOMPARE(history->constLast().stage, ModelStage::Production);
    QCOMPARE(history->constLast().comment, QStringLiteral("beats v2 on the new set"));
    AuditLog audit(m_data.project->database(), QString());
    auto entries = audit.entries(5, QStringLiteral("model_version"));
    QVERIFY(entries);
    QVERIFY(std::any_of(entries->cbegin(), entries->cend(), [](const AuditEntry &entry) {
        return entry.action == QLatin1String("model_version.stage") && entry.actor == Project::currentActor();
    }));

    // The table shows what the store holds, with v1 still selected.
    QCOMPARE(view->currentVersion()->version, 1);
    const ModelVersionTableModel *versions = view->versions();
    QCOMPARE(cell(versions, versions->rowOf(1), ModelVersionTableModel::StageColumn), QStringLiteral("Production"));
    QCOMPARE(cell(versions, versions->rowOf(2), ModelVersionTableModel::StageColumn), QStringLiteral("Archived"));
    QTRY_COMPARE(view->historyTable()->item(0, 1)->text(), QStringLiteral("Production"));

    // Archived is the end of the line: "archive the others" does not apply.
    view->transitionAction()->trigger();
    dialog = dialogOf<StageTransitionDialog>(*view);
    QVERIFY(dialog);
    dialog->setStage(ModelStage::Archived);
    QVERIFY(!dialog->archiveBox()->isEnabled());
    QVERIFY(!dialog->archiveExisting());
    dialog->reject();
}

void TestRegistryView::aliasesThroughTheDialogsLandInTheStore()
{
    auto view = open();
    QVERIFY(view);
    view->selectModel(QStringLiteral("detector"), 1);
    QSignalSpy refreshed(view.get(), &RegistryView::refreshed);
    QVERIFY(refreshed.wait(10000));

    QSignalSpy changed(view.get(), &RegistryView::changed);
    view->setAliasAction()->trigger();
    auto *set = dialogOf<QInputDialog>(*view, QStringLiteral("setAliasDialog"));
    QVERIFY(set);
    set->setTextValue(QStringLiteral("candidate"));
    set->accept();
    QVERIFY(changed.wait(10000));
    QVERIFY(refreshed.wait(10000));
    ModelCatalog catalog(m_data.project->database());
    auto named = catalog.versionByAlias(QStringLiteral("detector"), QStringLiteral("candidate"));
    QVERIFY(named);
    QCOMPARE(named->version, 1);
    QCOMPARE(cell(view->versions(), view->versions()->rowOf(1), ModelVersionTableModel::AliasesColumn),
             QStringLiteral("@candidate"));

    QVERIFY(view->deleteAliasAction()->isEnabled());
    view->deleteAliasAction()->trigger();
    auto *remove = dialogOf<QInputDialog>(*view, QStringLiteral("deleteAliasDialog"));
    QVERIFY(remove);
    QCOMPARE(remove->comboBoxItems(), QStringList{QStringLiteral("candidate")});
    remove->accept();
    QVERIFY(changed.wait(10000));
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!catalog.versionByAlias(QStringLiteral("detector"), QStringLiteral("candidate")));
    QCOMPARE(cell(view->versions(), view->versions()->rowOf(1), ModelVersionTableModel::AliasesColumn), QString());
}

void TestRegistryView::aReservedAliasIsRefused()
{
    auto view = open();
    QVERIFY(view);
    QSignalSpy problem(view.get(), &RegistryView::problem);
    QSignalSpy refreshed(view.get(), &RegistryView::refreshed);
    view->setAliasOnSelected(QStringLiteral("latest"));
    QVERIFY(problem.wait(10000));
    QVERIFY(problem[0][0].toString().contains(QStringLiteral("latest")));
    QVERIFY(refreshed.wait(10000));
    QVERIFY(view->setAliasAction()->isEnabled()); // no longer busy
}

void TestRegistryView::theNavigatorOpensTheRegistry()
{
    MainWindow window;
    window.resize(1440, 900);
    window.show();
    QSignalSpy shown(&window, &MainWindow::catalogShown);
    window.openProject(m_folder);
    QVERIFY(shown.wait(20000));
    const NavigatorModel &navigator = window.navigatorModel();
    const QModelIndex models = navigator.sectionIndex(ProjectCatalog::Section::Models);
    QModelIndex detector;
    for (int row = 0; row < navigator.rowCount(models); ++row) {
        const QModelIndex index = navigator.index(row, NavigatorModel::NameColumn, models);
        if (index.data(NavigatorModel::NameRole).toString() == QLatin1String("detector"))
            detector = index;
    }
    QVERIFY(detector.isValid());
    QTreeView *tree = window.docks().navigator->view();
    tree->expand(models);
    tree->scrollTo(detector);
    const QPoint centre = tree->visualRect(detector).center();
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centre);
    auto *registry = qobject_cast<RegistryView *>(window.documents().tabs()->currentWidget());
    QVERIFY(registry);
    QCOMPARE(window.documents().tabs()->tabText(window.documents().tabs()->currentIndex()), QStringLiteral("Models"));
    QTRY_COMPARE_WITH_TIMEOUT(registry->currentModel(), QStringLiteral("detector"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(registry->versions()->rowCount() > 0, 10000);
    // Opened again, the same document comes forward.
    QCOMPARE(window.openModels(), registry);
    QCOMPARE(window.documents().count(), 1);
}

QTEST_MAIN(TestRegistryView)
#include "tst_registry_view.moc"
