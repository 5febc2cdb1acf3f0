// TaskIndicator: the status bar's summary of running tasks; a click opens the Tasks pane.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace atelier {

class TaskCenter;

class TaskIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit TaskIndicator(const TaskCenter &center, QWidget *parent = nullptr);

    QString text() const;

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void refresh();

    const TaskCenter &m_center;
    QLabel *m_icon;
    QProgressBar *m_progress;
    QLabel *m_label;
};

} // namespace atelier
