// DeploymentsPane: deployments are read on the store thread, again whenever the supervisor reports a change.
#include "ui/deploy/deployments_pane.h"

#include "core/serving/deployment_store.h"
#include "core/serving/deployment_supervisor.h"
#include "core/store/audit_log.h"
#include "core/store/store_thread.h"
#include "ui/deploy/deployments_table_model.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace atelier {

DeploymentsPane::DeploymentsPane(DeploymentSupervisor &supervisor, const QString &projectFolder, QWidget *parent)
    : QWidget(parent)
    , m_model(new DeploymentsTableModel(this))
    , m_table(new QTableView(this))
    , m_store(std::make_unique<StoreThread>(projectFolder))
{
    setObjectName(QStringLiteral("deploymentsPane"));
    m_table->setObjectName(QStringLiteral("deploymentsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);

    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const DeploymentRecord *record = m_model->deployment(index.row()))
            Q_EMIT deploymentActivated(record->id);
    });
    connect(&supervisor, &DeploymentSupervisor::stateChanged, this, &DeploymentsPane::refresh);
    connect(&supervisor, &DeploymentSupervisor::actionFinished, this, &DeploymentsPane::refresh);
    refresh();
}

DeploymentsPane::~DeploymentsPane() = default;

void DeploymentsPane::refresh()
{
    m_store->post([this](Result<Database *> db) {
        Result<QList<DeploymentRecord>> deployments = fail(Error{});
        if (db) {
            AuditLog audit(**db, QString()); // reads only: nothing is recorded
            deployments = DeploymentStore(**db, audit).deployments();
        } else {
            deployments = fail(db.error());
        }
        QMetaObject::invokeMethod(this, [this, deployments = std::move(deployments)] {
            if (!deployments) {
                Q_EMIT problem(tr("The deployments could not be read"), deployments.error().toString());
                return;
            }
            m_model->setDeployments(*deployments);
            m_table->resizeColumnsToContents();
            Q_EMIT refreshed();
        }, Qt::QueuedConnection);
    });
}

} // namespace atelier
