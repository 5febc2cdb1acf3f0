// LabelListModel: a list of LabelEntry values; the display text carries the key and the count.
#include "ui/annotate/label_list_model.h"

#include <QPainter>
#include <QPixmap>

namespace atelier {

namespace {

QPixmap swatch(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return pixmap;
}

} // namespace

LabelListModel::LabelListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LabelListModel::setLabels(QList<LabelEntry> labels)
{
    beginResetModel();
    m_labels = std::move(labels);
    endResetModel();
}

const LabelEntry *LabelListModel::label(std::int64_t id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_labels[row];
}

int LabelListModel::rowOf(std::int64_t id) const
{
    for (int row = 0; row < m_labels.size(); ++row) {
        if (m_labels[row].id == id)
            return row;
    }
    return -1;
}

std::int64_t LabelListModel::labelForKey(int digit) const
{
    return digit >= 1 && digit <= 9 && digit <= m_labels.size() ? m_labels[digit - 1].id : 0;
}

QColor LabelListModel::color(std::int64_t id) const
{
    const LabelEntry *entry = label(id);
    return entry ? QColor(entry->color) : QColor(Qt::magenta);
}

QHash<std::int64_t, QColor> LabelListModel::colors() const
{
    QHash<std::int64_t, QColor> colors;
    for (const LabelEntry &entry : m_labels)
        colors.insert(entry.id, QColor(entry.color));
    return colors;
}

void LabelListModel::addToCount(std::int64_t id, int delta)
{
    const int row = rowOf(id);
    if (row < 0 || delta == 0)
        return;
    m_labels[row].shapeCount += delta;
    Q_EMIT dataChanged(index(row), index(row));
}

int LabelListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_labels.size());
}

QVariant LabelListModel::data(const QModelIndex &index, int role) const
{
    if (index.row() < 0 || index.row() >= m_labels.size())
        return {};
    const LabelEntry &entry = m_labels[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return index.row() < 9 ? tr("%1  %2 · %3").arg(index.row() + 1).arg(entry.name).arg(entry.shapeCount)
                               : tr("%1 · %2").arg(entry.name).arg(entry.shapeCount);
    case Qt::ToolTipRole:
        return tr("%1: %n shape(s)", nullptr, entry.shapeCount).arg(entry.name);
    case Qt::DecorationRole:
        return swatch(QColor(entry.color));
    case LabelIdRole:
        return QVariant::fromValue(entry.id);
    default:
        return {};
    }
}

} // namespace atelier
