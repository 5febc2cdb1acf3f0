// VersionTableModel: a dataset's versions, newest first, read a page at a time on a StoreThread as the view scrolls.
#pragma once

#include "core/datasets/dataset_versions.h"

#include <QAbstractTableModel>
#include <QList>

#include <cstdint>

namespace atelier {

class StoreThread;

class VersionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, MessageColumn, CreatedColumn, ImagesColumn, ShapesColumn, ColumnCount };
    static constexpr int PageSize = 100;

    // Reads through `reader`, which must outlive the model.
    VersionTableModel(StoreThread &reader, QString projectFolder, std::int64_t datasetId, QObject *parent = nullptr);

    // Forgets the rows and reads the count and the first page again.
    void reload();
    bool isLoading() const { return m_loading; }
    // Versions in the store, loaded or not; -1 until the count is read.
    std::int64_t totalCount() const { return m_total; }
    // The version shown in `row`; null when out of range.
    const VersionInfo *version(int row) const;
    // The row of version `number`; -1 when it is not loaded.
    int rowOf(std::int64_t number) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A reload's count and first page are in.
    void loaded();
    void loadFailed(const QString &message, const QString &detail);

private:
    void requestPage(std::int64_t offset);
    void adoptPage(std::int64_t total, const QList<VersionInfo> &versions);

    StoreThread &m_reader;
    QString m_projectFolder;
    std::int64_t m_datasetId;
    QList<VersionInfo> m_versions;
    std::int64_t m_total = -1;
    bool m_loading = false;
    // Pages asked for before the last reload are dropped when they arrive.
    int m_generation = 0;
};

} // namespace atelier
