// VersionDiffItemDelegate: the style draws the row with room kept on the right for the counts.
#include "ui/datasets/version_diff_item_delegate.h"

#include "core/datasets/image_shape_diff.h"
#include "ui/datasets/version_diff_canvas.h"
#include "ui/datasets/version_diff_list_model.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <array>

namespace atelier {

namespace {

constexpr int Gap = 8; // pixels between the pieces, and before the first

struct CountPiece
{
    QString text;
    QColor color;
    bool zero;
};

std::array<CountPiece, 3> piecesOf(const QModelIndex &index)
{
    const int added = index.data(VersionDiffListModel::ShapesAddedRole).toInt();
    const int removed = index.data(VersionDiffListModel::ShapesRemovedRole).toInt();
    const int changed = index.data(VersionDiffListModel::ShapesChangedRole).toInt();
    //: Counts of shapes in the version diff list: added, removed, changed.
    return {{{VersionDiffItemDelegate::tr("+%1").arg(added), VersionDiffCanvas::colorOf(ShapeDifference::Kind::Added), added == 0},
             {VersionDiffItemDelegate::tr("−%1").arg(removed), VersionDiffCanvas::colorOf(ShapeDifference::Kind::Removed),
              removed == 0},
             {VersionDiffItemDelegate::tr("~%1").arg(changed), VersionDiffCanvas::colorOf(ShapeDifference::Kind::Changed),
              changed == 0}}};
}

} // namespace

int VersionDiffItemDelegate::countsWidth(const QFontMetrics &metrics, const QModelIndex &index)
{
    int width = 0;
    for (const CountPiece &piece : piecesOf(index))
        width += Gap + metrics.horizontalAdvance(piece.text);
    return width + Gap;
}

void VersionDiffItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const int counts = countsWidth(item.fontMetrics, index);
    QStyleOptionViewItem pathOnly = item;
    pathOnly.rect.setRight(item.rect.right() - counts);
    // The background and selection span the whole row; the text stops short of the counts.
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    QStyleOptionViewItem background = item;
    background.text.clear();
    background.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    pathOnly.backgroundBrush = Qt::NoBrush;
    pathOnly.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &pathOnly, painter, widget);

    painter->save();
    int x = item.rect.right() - counts + Gap;
    for (const CountPiece &piece : piecesOf(index)) {
        QColor color = piece.color;
        if (piece.zero)
            color = item.palette.color(QPalette::PlaceholderText);
        painter->setPen(color);
        const int width = item.fontMetrics.horizontalAdvance(piece.text);
        painter->drawText(QRect(x, item.rect.top(), width, item.rect.height()), Qt::AlignVCenter | Qt::AlignLeft,
                          piece.text);
        x += width + Gap;
    }
    painter->restore();
}

QSize VersionDiffItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += countsWidth(option.fontMetrics, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace atelier
