// VersionDiffListModel: the images that differ between two versions, with their kind and shape
// counts, shown a batch at a time as the view scrolls and filtered by kind.
#pragma once

#include "core/datasets/dataset_versions.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace atelier {

class VersionDiffListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        KindRole,        // int(ImageDifference::Kind)
        ShapesAddedRole,
        ShapesRemovedRole,
        ShapesChangedRole,
        CountsTextRole,  // "+3 −1 ~2"
    };

    // Rows handed to the view per fetchMore().
    static constexpr int BatchSize = 200;

    explicit VersionDiffListModel(QObject *parent = nullptr);

    void setDifferences(QList<ImageDifference> differences);
    // Only images of `kind`; none: every image.
    void setKindFilter(std::optional<ImageDifference::Kind> kind);
    std::optional<ImageDifference::Kind> kindFilter() const { return m_filter; }

    // Rows that pass the filter, fetched or not.
    int filteredCount() const { return int(m_rows.size()); }
    int totalCount() const { return int(m_all.size()); }
    int countOf(ImageDifference::Kind kind) const;
    // The difference in `row`, fetching up to it; null past the end.
    const ImageDifference *difference(int row);
    // The row of `path` among the filtered rows (fetching up to it), or -1.
    int rowOf(const QString &path);

    static QString countsText(const ImageDifference &difference);
    static QString kindText(ImageDifference::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void fetchUpTo(int row);

    QList<ImageDifference> m_all;
    QList<int> m_rows; // indices into m_all that pass the filter
    int m_fetched = 0;
    std::optional<ImageDifference::Kind> m_filter;
};

} // namespace atelier
