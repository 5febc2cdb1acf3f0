// VersionTableModel: pages come from VersionCatalog on the pane's StoreThread and are appended as they arrive.
#include "ui/datasets/version_table_model.h"

#include "core/datasets/version_catalog.h"
#include "core/project/blob_store.h"
#include "core/project/project.h"
#include "core/store/store_thread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QPointer>

namespace atelier {

VersionTableModel::VersionTableModel(StoreThread &reader, QString projectFolder, std::int64_t datasetId,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader)
    , m_projectFolder(std::move(projectFolder))
    , m_datasetId(datasetId)
{}

void VersionTableModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_versions.clear();
    m_total = -1;
    endResetModel();
    requestPage(0);
}

const VersionInfo *VersionTableModel::version(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions.at(row) : nullptr;
}

int VersionTableModel::rowOf(std::int64_t number) const
{
    for (int row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).number == number)
            return row;
    }
    return -1;
}

int VersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int VersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionTableModel::data(const QModelIndex &index, int role) const
{
    const VersionInfo *info = version(index.row());
    if (!info)
        return {};
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case NumberColumn:
            return tr("v%1").arg(info->number);
        case MessageColumn:
            return info->message.isEmpty() ? tr("(no message)") : info->message;
        case CreatedColumn:
            return locale.toString(QDateTime::fromString(info->createdAt, Qt::ISODateWithMs).toLocalTime(),
                                   QLocale::ShortFormat);
        case ImagesColumn:
            return locale.toString(qint64(info->statistics.images));
        case ShapesColumn:
            return locale.toString(qint64(info->statistics.shapes));
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::UserRole)
        return qint64(info->number);
    if (role == Qt::TextAlignmentRole && index.column() >= ImagesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return info->message;
    return {};
}

QVariant VersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NumberColumn:
        return tr("Version");
    case MessageColumn:
        return tr("Message");
    case CreatedColumn:
        return tr("Created");
    case ImagesColumn:
        return tr("Images");
    case ShapesColumn:
        return tr("Shapes");
    case ColumnCount:
        break;
    }
    return {};
}

bool VersionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_loading && m_total > m_versions.size();
}

void VersionTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_versions.size());
}

void VersionTableModel::requestPage(std::int64_t offset)
{
    m_loading = true;
    QPointer<VersionTableModel> self(this);
    m_reader.post([self, generation = m_generation, folder = m_projectFolder, id = m_datasetId,
                   offset](Result<Database *> db) {
        BlobStore blobs(QDir(folder).filePath(Project::blobsFolderName()));
        auto total = db ? VersionCatalog::count(**db, id) : fail(db.error());
        auto page = total ? VersionCatalog::page(**db, blobs, id, offset, PageSize) : fail(total.error());
        QMetaObject::invokeMethod(qApp, [self, generation, total, page] {
            if (!self || generation != self->m_generation)
                return;
            if (!page) {
                self->m_loading = false;
                Q_EMIT self->loadFailed(page.error().message, page.error().detail);
                return;
            }
            self->adoptPage(*total, *page);
        }, Qt::QueuedConnection);
    });
}

void VersionTableModel::adoptPage(std::int64_t total, const QList<VersionInfo> &versions)
{
    m_loading = false;
    const bool first = m_versions.isEmpty();
    m_total = total;
    if (!versions.isEmpty()) {
        beginInsertRows({}, int(m_versions.size()), int(m_versions.size() + versions.size() - 1));
        m_versions.append(versions);
        endInsertRows();
    }
    if (first)
        Q_EMIT loaded();
}

} // namespace atelier
