// VersionDiffListModel: a filtered index over the differences, exposed to the view in batches.
#include "ui/datasets/version_diff_list_model.h"

#include "core/datasets/image_shape_diff.h"
#include "ui/datasets/version_diff_canvas.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace atelier {

namespace {

ShapeDifference::Kind shapeKindOf(ImageDifference::Kind kind)
{
    switch (kind) {
    case ImageDifference::Kind::Added:
        return ShapeDifference::Kind::Added;
    case ImageDifference::Kind::Removed:
        return ShapeDifference::Kind::Removed;
    case ImageDifference::Kind::Changed:
        break;
    }
    return ShapeDifference::Kind::Changed;
}

QPixmap kindDot(ImageDifference::Kind kind)
{
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(VersionDiffCanvas::colorOf(shapeKindOf(kind)));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return dot;
}

} // namespace

VersionDiffListModel::VersionDiffListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void VersionDiffListModel::setDifferences(QList<ImageDifference> differences)
{
    m_all = std::move(differences);
    setKindFilter(m_filter);
}

void VersionDiffListModel::setKindFilter(std::optional<ImageDifference::Kind> kind)
{
    beginResetModel();
    m_filter = kind;
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (!kind || m_all.at(i).kind == *kind)
            m_rows.append(i);
    }
    m_fetched = std::min(int(m_rows.size()), BatchSize);
    endResetModel();
}

int VersionDiffListModel::countOf(ImageDifference::Kind kind) const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [kind](const ImageDifference &difference) { return difference.kind == kind; }));
}

void VersionDiffListModel::fetchUpTo(int row)
{
    if (row < m_fetched || row >= m_rows.size())
        return;
    const int last = std::min(int(m_rows.size()), (row / BatchSize + 1) * BatchSize);
    beginInsertRows({}, m_fetched, last - 1);
    m_fetched = last;
    endInsertRows();
}

const ImageDifference *VersionDiffListModel::difference(int row)
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    fetchUpTo(row);
    return &m_all.at(m_rows.at(row));
}

int VersionDiffListModel::rowOf(const QString &path)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_all.at(m_rows.at(row)).path == path) {
            fetchUpTo(row);
            return row;
        }
    }
    return -1;
}

QString VersionDiffListModel::countsText(const ImageDifference &difference)
{
    //: Shapes added, removed and changed in an image between two versions: "+3 −1 ~2".
    return tr("+%1 −%2 ~%3").arg(difference.shapesAdded).arg(difference.shapesRemoved).arg(difference.shapesChanged);
}

QString VersionDiffListModel::kindText(ImageDifference::Kind kind)
{
    switch (kind) {
    case ImageDifference::Kind::Added:
        return tr("Added image");
    case ImageDifference::Kind::Removed:
        return tr("Removed image");
    case ImageDifference::Kind::Changed:
        break;
    }
    return tr("Changed image");
}

int VersionDiffListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

QVariant VersionDiffListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fetched)
        return {};
    const ImageDifference &difference = m_all.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case PathRole:
        return difference.path;
    case Qt::DecorationRole:
        return kindDot(difference.kind);
    case Qt::ToolTipRole: {
        QString tip = kindText(difference.kind) + u'\n' + tr("%n shape(s) added", nullptr, difference.shapesAdded)
                      + u'\n' + tr("%n shape(s) removed", nullptr, difference.shapesRemoved) + u'\n'
                      + tr("%n shape(s) changed", nullptr, difference.shapesChanged);
        if (difference.statusChanged)
            tip += u'\n' + tr("Review status changed");
        return tip;
    }
    case KindRole:
        return int(difference.kind);
    case ShapesAddedRole:
        return difference.shapesAdded;
    case ShapesRemovedRole:
        return difference.shapesRemoved;
    case ShapesChangedRole:
        return difference.shapesChanged;
    case CountsTextRole:
        return countsText(difference);
    default:
        return {};
    }
}

bool VersionDiffListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < m_rows.size();
}

void VersionDiffListModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        fetchUpTo(m_fetched);
}

} // namespace atelier
