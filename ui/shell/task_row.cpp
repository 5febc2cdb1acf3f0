// TaskRow: a progress bar with an unknown total shows as busy rather than stuck at zero.
#include "ui/shell/task_row.h"

#include "ui/widgets/icons.h"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace atelier {

namespace {

// QProgressBar holds an int; large totals (bytes) are scaled into this range.
constexpr int ProgressRange = 1000;

} // namespace

TaskRow::TaskRow(int taskId, QWidget *parent)
    : QFrame(parent)
    , m_taskId(taskId)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("taskRow"));
    m_title->setObjectName(QStringLiteral("taskTitle"));
    QFont titleFont = m_title->font();
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(6);
    m_progress->setRange(0, 0);
    m_cancel->setIcon(Icons::named(QStringLiteral("cancel")));
    m_cancel->setAutoRaise(true);
    m_cancel->setToolTip(tr("Cancel this task"));
    m_cancel->setAccessibleName(tr("Cancel"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(3);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_cancel, 0, 1, 2, 1, Qt::AlignVCenter);
    layout->addWidget(m_progress, 1, 0);
    layout->addWidget(m_status, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        Q_EMIT cancelRequested(m_taskId);
    });
}

void TaskRow::setTitle(const QString &title)
{
    m_title->setText(title);
}

void TaskRow::setProgress(qint64 done, qint64 total, const QString &status)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, ProgressRange);
        m_progress->setValue(int(std::min(done, total) * ProgressRange / total));
    }
    m_status->setText(status.isEmpty() ? (total > 0 ? tr("%1 of %2").arg(done).arg(total) : tr("Working…"))
                                       : status);
}

void TaskRow::setEnded(const QString &outcome, bool failed)
{
    m_progress->hide();
    m_cancel->hide();
    m_status->setText(outcome);
    m_status->setForegroundRole(failed ? QPalette::Text : QPalette::PlaceholderText);
    // Greyed: the row stays a moment so a short task is noticed, but it is over.
    m_title->setEnabled(false);
}

} // namespace atelier
