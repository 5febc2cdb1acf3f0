// ModelListModel: rows stay put while the same models come back, so a refresh keeps the selection.
#include "ui/models/model_list_model.h"

#include "ui/widgets/icons.h"

#include <QDateTime>
#include <QLocale>

namespace atelier {

namespace {

QString aliasesText(const QList<ModelAlias> &aliases)
{
    QStringList texts;
    for (const ModelAlias &alias : aliases)
        texts.append(QStringLiteral("@%1 → v%2").arg(alias.alias).arg(alias.version));
    return texts.join(QStringLiteral(", "));
}

} // namespace

ModelListModel::ModelListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ModelListModel::setModels(const QList<ModelRecord> &models)
{
    bool sameRows = models.size() == m_models.size();
    for (qsizetype i = 0; sameRows && i < models.size(); ++i)
        sameRows = models[i].id == m_models[i].id;
    if (sameRows) {
        m_models = models;
        if (!m_models.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_models = models;
    endResetModel();
}

const ModelRecord *ModelListModel::model(int row) const
{
    return row >= 0 && row < m_models.size() ? &m_models[row] : nullptr;
}

int ModelListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_models.size(); ++row) {
        if (m_models[row].name == name)
            return row;
    }
    return -1;
}

int ModelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_models.size());
}

int ModelListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelListModel::data(const QModelIndex &index, int role) const
{
    const ModelRecord *record = index.isValid() ? model(index.row()) : nullptr;
    if (!record)
        return {};
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return Icons::named(QStringLiteral("model"));
    if (role == Qt::ToolTipRole) {
        const QString updated = tr("Updated %1").arg(QLocale().toString(
            QDateTime::fromString(record->updatedAt, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat));
        return record->description.isEmpty() ? updated : record->description + u'\n' + updated;
    }
    if (role == Qt::TextAlignmentRole && index.column() == VersionsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn: return record->name;
    case VersionsColumn: return qint64(record->versionCount);
    case AliasesColumn: return aliasesText(record->aliases);
    case ColumnCount: break;
    }
    return {};
}

QVariant ModelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn: return tr("Model");
    case VersionsColumn: return tr("Versions");
    case AliasesColumn: return tr("Aliases");
    case ColumnCount: break;
    }
    return {};
}

} // namespace atelier
