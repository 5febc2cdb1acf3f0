// LaunchDialog: the targets are read on the store thread; Launch calls JobSupervisor::submit,
// which records the job (a short write) and starts it on its next poll.
#include "ui/jobs/launch_dialog.h"

#include "core/compute/job_supervisor.h"
#include "core/compute/target_store.h"
#include "core/store/audit_log.h"
#include "core/store/store_thread.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atelier {

LaunchDialog::LaunchDialog(JobSupervisor &supervisor, const QString &projectFolder, QWidget *parent)
    : QDialog(parent)
    , m_supervisor(supervisor)
    , m_name(new QLineEdit(this))
    , m_target(new QComboBox(this))
    , m_command(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_environment(new QTableWidget(0, 2, this))
    , m_gpus(new QSpinBox(this))
    , m_retries(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_store(std::make_unique<StoreThread>(projectFolder))
{
    setObjectName(QStringLiteral("launchDialog"));
    setWindowTitle(tr("Launch Job"));
    m_name->setPlaceholderText(tr("train-resnet"));
    m_command->setPlaceholderText(tr("python3 train.py --epochs 10"));
    m_folder->setPlaceholderText(tr("The job's own folder"));
    m_environment->setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    m_environment->horizontalHeader()->setStretchLastSection(true);
    m_environment->verticalHeader()->hide();
    m_gpus->setRange(0, 64);
    m_gpus->setToolTip(tr("How many GPUs the job sees through CUDA_VISIBLE_DEVICES; 0: none"));
    m_retries->setRange(0, 100);
    m_retries->setToolTip(tr("How many times a failed job is started again"));
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("launchError"));
    m_error->hide();

    auto *addVariable = new QPushButton(tr("Add &Variable"), this);
    connect(addVariable, &QPushButton::clicked, this, &LaunchDialog::addEnvironmentRow);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("Working &folder:"), m_folder);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(QString(), addVariable);
    form->addRow(tr("&GPUs:"), m_gpus);
    form->addRow(tr("&Retries:"), m_retries);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *launchButton = buttons->addButton(tr("&Launch"), QDialogButtonBox::AcceptRole);
    launchButton->setObjectName(QStringLiteral("launchButton"));
    launchButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &LaunchDialog::launch);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    loadTargets();
}

LaunchDialog::~LaunchDialog() = default;

JobSpec LaunchDialog::spec() const
{
    JobSpec spec;
    spec.name = m_name->text().trimmed();
    spec.target = m_target->currentText();
    spec.command = QProcess::splitCommand(m_command->text());
    spec.workingFolder = m_folder->text().trimmed();
    for (int row = 0; row < m_environment->rowCount(); ++row) {
        const QTableWidgetItem *name = m_environment->item(row, 0);
        const QTableWidgetItem *value = m_environment->item(row, 1);
        if (name && !name->text().trimmed().isEmpty())
            spec.environment.append({name->text().trimmed(), value ? value->text() : QString()});
    }
    spec.resources.gpus = m_gpus->value();
    spec.retries = m_retries->value();
    return spec;
}

void LaunchDialog::launch()
{
    if (m_target->currentText().isEmpty()) {
        m_error->setText(tr("The job cannot be launched: the project has no compute target. Add one with "
                            "`atelier target add PROJECT --name local --kind local`, then open this dialog again."));
        m_error->show();
        return;
    }
    auto id = m_supervisor.submit(spec());
    if (!id) {
        m_error->setText(id.error().message);
        m_error->show();
        return;
    }
    m_supervisor.pollNow();
    Q_EMIT launched(*id);
    accept();
}

void LaunchDialog::loadTargets()
{
    m_store->post([this](Result<Database *> db) {
        Result<QList<TargetRecord>> targets = fail(Error{});
        if (db) {
            AuditLog audit(**db, QString()); // reads only: nothing is recorded
            targets = TargetStore(**db, audit).targets();
        } else {
            targets = fail(db.error());
        }
        QMetaObject::invokeMethod(this, [this, targets = std::move(targets)] {
            if (!targets) {
                m_error->setText(tr("The compute targets could not be read: %1").arg(targets.error().message));
                m_error->show();
                return;
            }
            for (const TargetRecord &target : *targets)
                m_target->addItem(target.name);
            Q_EMIT targetsLoaded();
        }, Qt::QueuedConnection);
    });
}

void LaunchDialog::addEnvironmentRow()
{
    const int row = m_environment->rowCount();
    m_environment->insertRow(row);
    m_environment->setItem(row, 0, new QTableWidgetItem);
    m_environment->setItem(row, 1, new QTableWidgetItem);
    m_environment->setCurrentCell(row, 0);
    m_environment->editItem(m_environment->item(row, 0));
}

} // namespace atelier
