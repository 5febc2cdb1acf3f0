// CommandItemDelegate: the style draws the row's background; the text is laid out here so that
// matched letters can be bold and the shortcut can sit at the right edge.
#include "ui/shell/command_item_delegate.h"

#include "ui/shell/command_list_model.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace atelier {

namespace {

constexpr int Padding = 8;
constexpr int IconSize = 16;

} // namespace

void CommandItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    // The list never has the focus (the filter line does), yet its current row is what Enter
    // runs: draw it in the active colours.
    background.state |= QStyle::State_Active;
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QRect content = option.rect.adjusted(Padding, 0, -Padding, 0);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(content.left(), content.center().y() - IconSize / 2 + 1, IconSize, IconSize);
    if (!icon.isNull())
        icon.paint(painter, iconRect);

    QRect textRect = content.adjusted(IconSize + Padding, 0, 0, 0);
    const QString shortcut = index.data(CommandListModel::ShortcutRole).toString();
    if (!shortcut.isEmpty()) {
        const int width = option.fontMetrics.horizontalAdvance(shortcut);
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(content.right() - width, content.top(), width, content.height()),
                          Qt::AlignVCenter | Qt::AlignRight, shortcut);
        painter->restore();
        textRect.setRight(content.right() - width - 2 * Padding);
    }
    paintText(painter, option, textRect, index);
}

void CommandItemDelegate::paintText(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QRect &rect, const QModelIndex &index) const
{
    const QString text = option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, rect.width());
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    QList<QTextLayout::FormatRange> formats;
    const auto positions = index.data(CommandListModel::MatchPositionsRole).value<QList<qsizetype>>();
    for (const qsizetype position : positions) {
        if (position < text.size())
            formats.append({int(position), 1, bold});
    }

    QTextLayout layout(text, option.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();

    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal top = rect.top() + (rect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(rect.left(), top));
    painter->restore();
}

QSize CommandItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace atelier
