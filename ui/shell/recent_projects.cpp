// RecentProjects: read once, written on every change, so a crash loses nothing.
#include "ui/shell/recent_projects.h"

#include "core/project/project.h"

#include <QDir>
#include <QSettings>

namespace atelier {

namespace {

const QString SettingsKey = QStringLiteral("recentProjects");

} // namespace

RecentProjects::RecentProjects(QObject *parent)
    : QObject(parent)
    , m_folders(QSettings().value(SettingsKey).toStringList())
{
    m_folders.removeAll(QString());
    m_folders.removeDuplicates();
    if (m_folders.size() > MaximumCount)
        m_folders.resize(MaximumCount);
}

void RecentProjects::add(const QString &folder)
{
    const QString clean = QDir::cleanPath(folder);
    m_folders.removeAll(clean);
    m_folders.prepend(clean);
    if (m_folders.size() > MaximumCount)
        m_folders.resize(MaximumCount);
    save();
}

void RecentProjects::remove(const QString &folder)
{
    if (m_folders.removeAll(QDir::cleanPath(folder)) > 0)
        save();
}

void RecentProjects::clear()
{
    m_folders.clear();
    save();
}

QStringList RecentProjects::removeMissing()
{
    QStringList missing;
    for (const QString &folder : std::as_const(m_folders)) {
        if (!Project::looksLikeProject(folder))
            missing.append(folder);
    }
    for (const QString &folder : std::as_const(missing))
        m_folders.removeAll(folder);
    if (!missing.isEmpty())
        save();
    return missing;
}

void RecentProjects::save()
{
    QSettings().setValue(SettingsKey, m_folders);
    Q_EMIT changed();
}

} // namespace atelier
