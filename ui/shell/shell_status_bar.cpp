// ShellStatusBar: the connection indicator says plainly that no remote target exists yet; it
// gains real states when SSH and Slurm targets arrive.
#include "ui/shell/shell_status_bar.h"

#include "ui/shell/task_indicator.h"
#include "ui/widgets/icons.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QUrl>

namespace atelier {

namespace {

QLabel *iconLabel(const QString &icon, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setPixmap(Icons::named(icon).pixmap(QSize(14, 14), parent->devicePixelRatioF()));
    return label;
}

} // namespace

ShellStatusBar::ShellStatusBar(const TaskCenter &tasks, QWidget *parent)
    : QStatusBar(parent)
    , m_projectIcon(iconLabel(QStringLiteral("folder"), this))
    , m_project(new QLabel(this))
    , m_tasks(new TaskIndicator(tasks, this))
    , m_connection(new QLabel(tr("No remote targets"), this))
    , m_tracking(new QLabel(this))
{
    setObjectName(QStringLiteral("statusBar"));
    setSizeGripEnabled(false);
    m_project->setObjectName(QStringLiteral("projectStatus"));
    m_project->setContentsMargins(0, 0, 8, 0);
    m_connection->setObjectName(QStringLiteral("connectionStatus"));
    m_connection->setToolTip(tr("SSH hosts and Slurm clusters show their connection state here once "
                                "remote targets are added. None is set up, so nothing is connected."));

    auto *connection = new QWidget(this);
    auto *connectionLayout = new QHBoxLayout(connection);
    connectionLayout->setContentsMargins(6, 0, 8, 0);
    connectionLayout->setSpacing(6);
    connectionLayout->addWidget(iconLabel(QStringLiteral("remote"), connection));
    connectionLayout->addWidget(m_connection);

    auto *project = new QWidget(this);
    auto *projectLayout = new QHBoxLayout(project);
    projectLayout->setContentsMargins(8, 0, 0, 0);
    projectLayout->setSpacing(6);
    projectLayout->addWidget(m_projectIcon);
    projectLayout->addWidget(m_project);
    projectLayout->addStretch();

    // The project takes the free width, so the indicators on the right keep their size.
    addWidget(project, 1);
    m_tracking->setObjectName(QStringLiteral("trackingStatus"));
    m_tracking->setContentsMargins(6, 0, 6, 0);
    m_tracking->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addPermanentWidget(m_tracking);
    addPermanentWidget(m_tasks);
    addPermanentWidget(connection);
    connect(m_tasks, &TaskIndicator::clicked, this, &ShellStatusBar::tasksClicked);
    showNoProject();
    showTrackingOff();
}

void ShellStatusBar::showTracking(const QString &url)
{
    m_tracking->setText(tr("Tracking: %1").arg(QUrl(url).authority()));
    m_tracking->setToolTip(tr("The MLflow tracking server of this project. Training scripts log here "
                              "unchanged with MLFLOW_TRACKING_URI=%1").arg(url));
    m_tracking->show();
}

void ShellStatusBar::showTrackingOff(const QString &reason)
{
    m_tracking->setText(reason.isEmpty() ? QString() : tr("Tracking off"));
    m_tracking->setToolTip(reason);
    m_tracking->setVisible(!reason.isEmpty());
}

QString ShellStatusBar::trackingText() const
{
    return m_tracking->text();
}

void ShellStatusBar::showProject(const QString &name, const QString &folder)
{
    m_project->setText(name);
    m_project->setToolTip(QDir::toNativeSeparators(folder));
}

void ShellStatusBar::showOpening(const QString &folder)
{
    m_project->setText(tr("Opening %1…").arg(QDir(folder).dirName()));
    m_project->setToolTip(QDir::toNativeSeparators(folder));
}

void ShellStatusBar::showNoProject()
{
    m_project->setText(tr("No project"));
    m_project->setToolTip({});
}

QString ShellStatusBar::projectText() const
{
    return m_project->text();
}

QString ShellStatusBar::connectionText() const
{
    return m_connection->text();
}

} // namespace atelier
