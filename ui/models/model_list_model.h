// ModelListModel: the registered models as table rows (name, versions, aliases).
#pragma once

#include "core/models/model_types.h"

#include <QAbstractTableModel>

namespace atelier {

class ModelListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, VersionsColumn, AliasesColumn, ColumnCount };

    explicit ModelListModel(QObject *parent = nullptr);

    // Replaces the rows (sorted by name), updating in place when the same models come back.
    void setModels(const QList<ModelRecord> &models);
    const ModelRecord *model(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ModelRecord> m_models;
};

} // namespace atelier
