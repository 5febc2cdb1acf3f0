// ModelVersionTableModel: one model's versions as table rows, newest first.
#pragma once

#include "core/models/model_types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>

namespace atelier {

class ModelVersionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The metrics last: they take the room that is left.
    enum Column { VersionColumn, StageColumn, AliasesColumn, FrameworkColumn, SizeColumn, RunColumn, CreatedColumn,
                  MetricsColumn, ColumnCount };
    enum Role { VersionNumberRole = Qt::UserRole + 1, StageRole /* int(ModelStage) */ };

    explicit ModelVersionTableModel(QObject *parent = nullptr);

    // Replaces the rows; `runNames` names the source runs by row id. Rows that stay keep their place.
    void setVersions(const QList<ModelVersionRecord> &versions, const QHash<qint64, QString> &runNames);
    const ModelVersionRecord *version(int row) const;
    int rowOf(std::int64_t number) const;

    // The words and colour a stage is shown with in the registry.
    static QString stageText(ModelStage stage);
    static QIcon stageIcon(ModelStage stage);
    // "loss 0.213, mAP 0.634" in the metrics' name order.
    static QString metricsText(const QJsonObject &metrics);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ModelVersionRecord &version, Column column) const;
    QString runText(const ModelVersionRecord &version) const;

    QList<ModelVersionRecord> m_versions;
    QHash<qint64, QString> m_runNames;
};

} // namespace atelier
