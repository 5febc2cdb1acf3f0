// ImageListModel: rows are ImageEntry values; a thumbnail is looked up by image id as it paints.
#include "ui/annotate/image_list_model.h"

#include "core/annotation/image_status.h"

#include <algorithm>

namespace atelier {

namespace {

QString fileNameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

} // namespace

ImageListModel::ImageListModel(int thumbnailSide, QObject *parent)
    : QAbstractListModel(parent)
    , m_thumbnailSide(thumbnailSide)
    , m_placeholder(thumbnailSide, thumbnailSide)
{
    // Every row is as tall as a thumbnail from the start, so rows do not jump as they arrive.
    m_placeholder.fill(Qt::transparent);
}

void ImageListModel::setImages(QList<ImageEntry> images)
{
    beginResetModel();
    m_images = std::move(images);
    m_rowOfId.clear();
    m_rowOfPath.clear();
    m_thumbnails.clear();
    m_rowOfId.reserve(m_images.size());
    m_rowOfPath.reserve(m_images.size());
    for (int row = 0; row < m_images.size(); ++row) {
        m_rowOfId.insert(m_images[row].id, row);
        m_rowOfPath.insert(m_images[row].path, row);
    }
    endResetModel();
}

const ImageEntry *ImageListModel::entry(int row) const
{
    return row >= 0 && row < m_images.size() ? &m_images[row] : nullptr;
}

int ImageListModel::rowOf(std::int64_t imageId) const
{
    return m_rowOfId.value(imageId, -1);
}

void ImageListModel::setStatus(std::int64_t imageId, const QString &status)
{
    const int row = rowOf(imageId);
    if (row < 0 || m_images[row].status == status)
        return;
    m_images[row].status = status;
    Q_EMIT dataChanged(index(row), index(row));
}

void ImageListModel::setShapeSummary(std::int64_t imageId, int shapeCount, QList<std::int64_t> labelIds)
{
    const int row = rowOf(imageId);
    if (row < 0)
        return;
    m_images[row].shapeCount = shapeCount;
    m_images[row].labelIds = std::move(labelIds);
    Q_EMIT dataChanged(index(row), index(row));
}

void ImageListModel::setThumbnail(const QString &path, const QImage &thumbnail)
{
    const int row = m_rowOfPath.value(path, -1);
    if (row < 0)
        return;
    const QImage scaled = thumbnail.scaled(m_thumbnailSide, m_thumbnailSide, Qt::KeepAspectRatio,
                                           Qt::SmoothTransformation);
    m_thumbnails.insert(m_images[row].id, QPixmap::fromImage(scaled));
    Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
}

int ImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_images.size());
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    const ImageEntry *image = entry(index.row());
    if (!image)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2 · %n shape(s)", nullptr, image->shapeCount)
            .arg(fileNameOf(image->path),
                 image->missing ? tr("Missing") : ImageStatus::displayName(image->status));
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %n shape(s)", nullptr, image->shapeCount)
            .arg(image->path, ImageStatus::displayName(image->status))
            + (image->missing ? QLatin1Char('\n') + tr("The file is missing from disk; its shapes are kept.")
                              : QString());
    case Qt::DecorationRole:
        return m_thumbnails.value(image->id, m_placeholder);
    case ImageIdRole:
        return QVariant::fromValue(image->id);
    case PathRole:
        return image->path;
    case StatusRole:
        return image->status;
    case ShapeCountRole:
        return image->shapeCount;
    case MissingRole:
        return image->missing;
    default:
        return {};
    }
}

ImageFilter::ImageFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ImageFilter::setStatus(const QString &status)
{
    m_status = status;
    invalidateFilter();
}

void ImageFilter::setLabel(std::int64_t labelId)
{
    m_labelId = labelId;
    invalidateFilter();
}

void ImageFilter::setWithoutShapesOnly(bool only)
{
    m_withoutShapesOnly = only;
    invalidateFilter();
}

void ImageFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ImageFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const ImageListModel *>(sourceModel());
    const ImageEntry *image = model ? model->entry(sourceRow) : nullptr;
    if (!image)
        return false;
    if (!m_status.isEmpty() && image->status != m_status)
        return false;
    if (m_labelId != 0 && !std::binary_search(image->labelIds.cbegin(), image->labelIds.cend(), m_labelId))
        return false;
    if (m_withoutShapesOnly && image->shapeCount > 0)
        return false;
    return m_text.isEmpty() || fileNameOf(image->path).contains(m_text, Qt::CaseInsensitive);
}

} // namespace atelier
