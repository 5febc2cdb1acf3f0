// RecentProjects: the last projects opened, newest first, kept in QSettings.
#pragma once

#include <QObject>
#include <QStringList>

namespace atelier {

class RecentProjects : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumCount = 8;

    explicit RecentProjects(QObject *parent = nullptr);

    QStringList folders() const { return m_folders; }
    // The project opened last; empty when there is none.
    QString last() const { return m_folders.value(0); }

    // Moves `folder` to the front (adding it when new) and saves.
    void add(const QString &folder);
    void remove(const QString &folder);
    void clear();
    // Drops the folders that no longer hold a project; returns them.
    QStringList removeMissing();

Q_SIGNALS:
    void changed();

private:
    void save();

    QStringList m_folders;
};

} // namespace atelier
