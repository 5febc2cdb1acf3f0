// VersionDiffItemDelegate: draws a row of the version diff list as its path, then its shape counts
// on the right in the canvas's colours (+added green, −removed red, ~changed orange).
#pragma once

#include <QStyledItemDelegate>

namespace atelier {

class VersionDiffItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The counts as coloured pieces, right to left, and the width they take.
    static int countsWidth(const QFontMetrics &metrics, const QModelIndex &index);
};

} // namespace atelier
