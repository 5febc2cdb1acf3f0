// LineageNodeItem: the style paints it; the item adds selection and a tooltip with the node's detail.
#include "ui/models/lineage_node_item.h"

#include "ui/models/lineage_node_style.h"

#include <QJsonValue>
#include <QPainter>

namespace atelier {

namespace {

// The halo of a selected box is drawn outside it.
constexpr double HaloMargin = 4;

// "framework: onnx", "git_commit: 3f2a…": the scalar fields of a node's detail, one a line.
QString tooltipOf(const LineageNode &node)
{
    QStringList lines{QStringLiteral("<b>%1</b> — %2").arg(node.label.toHtmlEscaped(),
                                                           LineageNodeStyle::kindCaption(node.kind).toHtmlEscaped())};
    if (!node.state.isEmpty())
        lines.append(node.state.toHtmlEscaped());
    for (auto it = node.detail.constBegin(); it != node.detail.constEnd(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isDouble())
            text = QString::number(value.toDouble(), 'g', 12);
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (!text.isEmpty())
            lines.append(QStringLiteral("%1: %2").arg(it.key().toHtmlEscaped(), text.left(80).toHtmlEscaped()));
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

LineageNodeItem::LineageNodeItem(const LineageNode &node, QSizeF size, const LineageNodeStyle *style, bool root)
    : m_node(node)
    , m_size(size)
    , m_style(style)
    , m_root(root)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tooltipOf(node));
    setZValue(1); // over the edges that end at its border
}

void LineageNodeItem::setStyle(const LineageNodeStyle *style)
{
    m_style = style;
    update();
}

QRectF LineageNodeItem::box() const
{
    return {QPointF(-m_size.width() / 2, -m_size.height() / 2), m_size};
}

QRectF LineageNodeItem::boundingRect() const
{
    return box().adjusted(-HaloMargin, -HaloMargin, HaloMargin, HaloMargin);
}

void LineageNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    m_style->paint(*painter, box(), m_node, {isSelected(), m_root});
}

} // namespace atelier
