// ModelVersionTableModel: a stage is a word and a coloured dot, the same colours the lineage uses.
#include "ui/models/model_version_table_model.h"

#include "ui/models/lineage_node_style.h"

#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace atelier {

namespace {

QString localTime(const QString &iso)
{
    return QLocale().toString(QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime(), QLocale::ShortFormat);
}

QString metricValue(const QJsonValue &value)
{
    return value.isDouble() ? QLocale().toString(value.toDouble(), 'g', 4) : value.toVariant().toString();
}

} // namespace

ModelVersionTableModel::ModelVersionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ModelVersionTableModel::stageText(ModelStage stage)
{
    switch (stage) {
    case ModelStage::None: return tr("None");
    case ModelStage::Staging: return tr("Staging");
    case ModelStage::Production: return tr("Production");
    case ModelStage::Archived: return tr("Archived");
    }
    return {};
}

QIcon ModelVersionTableModel::stageIcon(ModelStage stage)
{
    // Drawn once a stage: data() asks for it for every visible row.
    static QHash<int, QIcon> icons;
    if (const auto found = icons.constFind(int(stage)); found != icons.constEnd())
        return *found;
    QPixmap dot(16, 16);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(LineageNodeStyle::stateColor(modelStageName(stage)));
    painter.drawEllipse(QRectF(4, 4, 8, 8));
    painter.end();
    return *icons.insert(int(stage), QIcon(dot));
}

QString ModelVersionTableModel::metricsText(const QJsonObject &metrics)
{
    QStringList texts;
    for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it)
        texts.append(QStringLiteral("%1 %2").arg(it.key(), metricValue(it.value())));
    return texts.join(QStringLiteral(", "));
}

void ModelVersionTableModel::setVersions(const QList<ModelVersionRecord> &versions,
                                         const QHash<qint64, QString> &runNames)
{
    m_runNames = runNames;
    bool sameRows = versions.size() == m_versions.size();
    for (qsizetype i = 0; sameRows && i < versions.size(); ++i)
        sameRows = versions[i].id == m_versions[i].id;
    if (sameRows) {
        m_versions = versions;
        if (!m_versions.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_versions = versions;
    endResetModel();
}

const ModelVersionRecord *ModelVersionTableModel::version(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions[row] : nullptr;
}

int ModelVersionTableModel::rowOf(std::int64_t number) const
{
    for (int row = 0; row < m_versions.size(); ++row) {
        if (m_versions[row].version == number)
            return row;
    }
    return -1;
}

int ModelVersionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int ModelVersionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ModelVersionTableModel::runText(const ModelVersionRecord &version) const
{
    if (!version.runRowId)
        return tr("imported file");
    const QString name = m_runNames.value(*version.runRowId);
    return name.isEmpty() ? version.runUuid.left(8) : name;
}

QVariant ModelVersionTableModel::data(const QModelIndex &index, int role) const
{
    const ModelVersionRecord *record = index.isValid() ? version(index.row()) : nullptr;
    if (!record)
        return {};
    const Column column = Column(index.column());
    switch (role) {
    case VersionNumberRole: return qint64(record->version);
    case StageRole: return int(record->stage);
    case Qt::DisplayRole: return display(*record, column);
    case Qt::DecorationRole: return column == StageColumn ? QVariant(stageIcon(record->stage)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == VersionColumn || column == SizeColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                               : QVariant();
    case Qt::ToolTipRole:
        if (column == MetricsColumn)
            return metricsText(record->metrics).replace(QStringLiteral(", "), QStringLiteral("\n"));
        if (column == RunColumn)
            return record->runUuid.isEmpty() ? record->sourcePath : record->runUuid + u'\n' + record->sourcePath;
        return {};
    default: return {};
    }
}

QVariant ModelVersionTableModel::display(const ModelVersionRecord &record, Column column) const
{
    switch (column) {
    case VersionColumn: return tr("v%1").arg(record.version);
    case StageColumn: return stageText(record.stage);
    case AliasesColumn: return record.aliases.isEmpty() ? QString() : u'@' + record.aliases.join(QStringLiteral(", @"));
    case FrameworkColumn: return record.framework;
    case SizeColumn: return QLocale().formattedDataSize(record.size);
    case MetricsColumn: return metricsText(record.metrics);
    case RunColumn: return runText(record);
    case CreatedColumn: return localTime(record.createdAt);
    case ColumnCount: break;
    }
    return {};
}

QVariant ModelVersionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case VersionColumn: return tr("Version");
    case StageColumn: return tr("Stage");
    case AliasesColumn: return tr("Aliases");
    case FrameworkColumn: return tr("Framework");
    case SizeColumn: return tr("Size");
    case MetricsColumn: return tr("Metrics at registration");
    case RunColumn: return tr("Source run");
    case CreatedColumn: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}

} // namespace atelier
