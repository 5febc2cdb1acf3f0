// TaskRow: one task in the Tasks pane: title, what it is doing, a progress bar and a cancel button.
#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QToolButton;

namespace atelier {

class TaskRow : public QFrame
{
    Q_OBJECT

public:
    explicit TaskRow(int taskId, QWidget *parent = nullptr);

    int taskId() const { return m_taskId; }
    // Shows the task's state; called whenever the task changes.
    void setTitle(const QString &title);
    void setProgress(qint64 done, qint64 total, const QString &status);
    // Greys the row out and replaces the progress with the outcome.
    void setEnded(const QString &outcome, bool failed);

    QToolButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void cancelRequested(int taskId);

private:
    int m_taskId;
    QLabel *m_title;
    QLabel *m_status;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
};

} // namespace atelier
