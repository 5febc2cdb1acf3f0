// TaskIndicator: a compact bar and a count; idle, it says so quietly instead of disappearing,
// so the way to the Tasks pane stays in the same place.
#include "ui/shell/task_indicator.h"

#include "ui/shell/task_center.h"
#include "ui/widgets/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>

namespace atelier {

TaskIndicator::TaskIndicator(const TaskCenter &center, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
    , m_icon(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("taskIndicator"));
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    setToolTip(tr("Show the Tasks pane"));
    m_icon->setPixmap(Icons::named(QStringLiteral("tasks")).pixmap(QSize(14, 14), devicePixelRatioF()));
    m_progress->setObjectName(QStringLiteral("taskIndicatorProgress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedSize(90, 6);
    m_progress->setRange(0, 1000);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_progress);
    layout->addWidget(m_label);

    connect(&center, &TaskCenter::summaryChanged, this, &TaskIndicator::refresh);
    refresh();
}

QString TaskIndicator::text() const
{
    return m_label->text();
}

void TaskIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QWidget::mouseReleaseEvent(event);
}

void TaskIndicator::refresh()
{
    const int running = m_center.runningCount();
    m_progress->setVisible(running > 0);
    m_label->setText(running > 0 ? tr("%n task(s) running", nullptr, running) : tr("No running tasks"));
    m_label->setForegroundRole(running > 0 ? QPalette::WindowText : QPalette::PlaceholderText);
    const double progress = m_center.overallProgress();
    if (progress < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(progress * 1000));
    }
}

} // namespace atelier
