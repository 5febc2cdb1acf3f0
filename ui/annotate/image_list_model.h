// ImageListModel: the images of the dataset open in the annotation pane, with thumbnails that
// arrive as they are made, and ImageFilter to show only those a labeler is looking for.
#pragma once

#include "core/annotation/dataset_index.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QSortFilterProxyModel>

namespace atelier {

class ImageListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ImageIdRole = Qt::UserRole + 1,
        PathRole,
        StatusRole,
        ShapeCountRole,
        MissingRole,
    };

    // Thumbnails are shown `thumbnailSide` pixels on their longest side.
    explicit ImageListModel(int thumbnailSide, QObject *parent = nullptr);

    void setImages(QList<ImageEntry> images);
    const QList<ImageEntry> &images() const { return m_images; }
    const ImageEntry *entry(int row) const;
    int rowOf(std::int64_t imageId) const;

    // Keeps the list in step with edits made in the pane.
    void setStatus(std::int64_t imageId, const QString &status);
    void setShapeSummary(std::int64_t imageId, int shapeCount, QList<std::int64_t> labelIds);
    void setThumbnail(const QString &path, const QImage &thumbnail);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<ImageEntry> m_images;
    QHash<std::int64_t, int> m_rowOfId;
    QHash<QString, int> m_rowOfPath;
    int m_thumbnailSide;
    QPixmap m_placeholder;
    QHash<std::int64_t, QPixmap> m_thumbnails;
};

// Filters: status, holds a label, holds no shapes, text in the file name. All must hold.
class ImageFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ImageFilter(QObject *parent = nullptr);

    void setStatus(const QString &status); // empty: any
    void setLabel(std::int64_t labelId);   // 0: any
    void setWithoutShapesOnly(bool only);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_status;
    std::int64_t m_labelId = 0;
    bool m_withoutShapesOnly = false;
    QString m_text;
};

} // namespace atelier
