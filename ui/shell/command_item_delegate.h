// CommandItemDelegate: draws a palette row: icon, name with the matched letters in bold, shortcut.
#pragma once

#include <QStyledItemDelegate>

namespace atelier {

class CommandItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintText(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect,
                   const QModelIndex &index) const;
};

} // namespace atelier
