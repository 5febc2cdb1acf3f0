// ShellStatusBar: the open project, the running tasks and the state of remote connections.
#pragma once

#include <QStatusBar>

class QLabel;

namespace atelier {

class TaskCenter;
class TaskIndicator;

class ShellStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit ShellStatusBar(const TaskCenter &tasks, QWidget *parent = nullptr);

    void showProject(const QString &name, const QString &folder);
    void showOpening(const QString &folder);
    void showNoProject();
    // The built-in MLflow tracking server: "Tracking: 127.0.0.1:PORT", or why it is off.
    void showTracking(const QString &url);
    void showTrackingOff(const QString &reason = {});

    QString projectText() const;
    TaskIndicator *taskIndicator() const { return m_tasks; }
    QString connectionText() const;
    QString trackingText() const;

Q_SIGNALS:
    void tasksClicked();

private:
    QLabel *m_projectIcon;
    QLabel *m_project;
    TaskIndicator *m_tasks;
    QLabel *m_connection;
    QLabel *m_tracking;
};

} // namespace atelier
