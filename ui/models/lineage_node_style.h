// LineageNodeStyle: how a lineage node looks: its kind's colour and caption, its box's size and paint.
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QSizeF>
#include <QString>

class QPainter;
class QRectF;

namespace atelier {

struct LineageNode;

class LineageNodeStyle
{
    Q_DECLARE_TR_FUNCTIONS(LineageNodeStyle)

public:
    // Fonts derived from `base` (the application's font), colours from `palette`.
    LineageNodeStyle(const QFont &base, const QPalette &palette);

    // "Dataset version", "Model version" ... for a node kind; the kind itself when unknown.
    static QString kindCaption(const QString &kind);
    static QColor kindColor(const QString &kind);
    // A state word's colour: green for what went well, red for what failed, amber on the way.
    static QColor stateColor(const QString &state);

    // Room for the caption, the label and the state, within bounds that keep long names elided.
    // Measuring is safe on a worker thread.
    QSizeF sizeOf(const LineageNode &node) const;
    QFont edgeFont() const { return m_edge; }
    QColor edgeColor() const;
    QColor backgroundColor() const { return m_palette.color(QPalette::Base); }

    struct Look
    {
        bool selected = false;
        bool root = false; // the node the graph was read from
    };
    void paint(QPainter &painter, const QRectF &box, const LineageNode &node, Look look) const;

private:
    QFont m_caption;
    QFont m_label;
    QFont m_state;
    QFont m_edge;
    QPalette m_palette;
};

} // namespace atelier
