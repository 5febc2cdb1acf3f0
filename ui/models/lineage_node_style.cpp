// LineageNodeStyle: one table of kinds (caption and colour) in pipeline order; the box is a
// rounded rectangle tinted by its kind, with the kind's colour as a strip on its left edge.
#include "ui/models/lineage_node_style.h"

#include "core/models/lineage_graph.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace atelier {

namespace {

struct KindLook
{
    const char *kind;
    const char *caption;
    QRgb color;
};

// Marked with QT_TRANSLATE_NOOP for lupdate, translated when read.
constexpr KindLook Kinds[] = {
    {"dataset", QT_TRANSLATE_NOOP("LineageNodeStyle", "Dataset"), 0x2d6fd6},
    {"dataset_version", QT_TRANSLATE_NOOP("LineageNodeStyle", "Dataset version"), 0x1595a8},
    {"job", QT_TRANSLATE_NOOP("LineageNodeStyle", "Job"), 0xd9822b},
    {"run", QT_TRANSLATE_NOOP("LineageNodeStyle", "Run"), 0x8a4fd1},
    {"model", QT_TRANSLATE_NOOP("LineageNodeStyle", "Model"), 0x3c9a4f},
    {"model_version", QT_TRANSLATE_NOOP("LineageNodeStyle", "Model version"), 0x23874a},
    {"deployment", QT_TRANSLATE_NOOP("LineageNodeStyle", "Deployment"), 0xc9453d},
    {"prediction_set", QT_TRANSLATE_NOOP("LineageNodeStyle", "Predictions"), 0x7d6b5d},
};

const KindLook *lookOf(const QString &kind)
{
    const auto found = std::find_if(std::begin(Kinds), std::end(Kinds),
                                    [&](const KindLook &look) { return kind == QLatin1String(look.kind); });
    return found == std::end(Kinds) ? nullptr : &*found;
}

constexpr double PadX = 12;
constexpr double PadY = 7;
constexpr double Strip = 5;
constexpr double Gap = 2;
constexpr double MinWidth = 150;
constexpr double MaxWidth = 250;
constexpr double Radius = 7;
constexpr double StateDot = 7;

QFont scaled(const QFont &base, double factor, QFont::Weight weight)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setWeight(weight);
    return font;
}

// MLflow writes a run's status in capitals (FINISHED); the other kinds' states are lower case.
QString stateText(const QString &state)
{
    return state.toLower();
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

} // namespace

LineageNodeStyle::LineageNodeStyle(const QFont &base, const QPalette &palette)
    : m_caption(scaled(base, 0.8, QFont::DemiBold))
    , m_label(scaled(base, 1.0, QFont::DemiBold))
    , m_state(scaled(base, 0.85, QFont::Normal))
    , m_edge(scaled(base, 0.8, QFont::Normal))
    , m_palette(palette)
{
    m_caption.setCapitalization(QFont::AllUppercase);
    m_caption.setLetterSpacing(QFont::PercentageSpacing, 106);
}

QString LineageNodeStyle::kindCaption(const QString &kind)
{
    const KindLook *look = lookOf(kind);
    return look ? tr(look->caption) : kind;
}

QColor LineageNodeStyle::kindColor(const QString &kind)
{
    const KindLook *look = lookOf(kind);
    return look ? QColor(look->color) : QColor(0x80, 0x80, 0x80);
}

QColor LineageNodeStyle::stateColor(const QString &state)
{
    static const QStringList good{QStringLiteral("succeeded"), QStringLiteral("FINISHED"), QStringLiteral("ready"),
                                  QStringLiteral("production")};
    static const QStringList bad{QStringLiteral("failed"), QStringLiteral("FAILED"), QStringLiteral("KILLED"),
                                 QStringLiteral("down"), QStringLiteral("cancelled"), QStringLiteral("lost")};
    static const QStringList quiet{QStringLiteral("archived"), QStringLiteral("stopped"), QStringLiteral("none")};
    if (good.contains(state))
        return QColor(0x2e, 0xa0, 0x43);
    if (bad.contains(state))
        return QColor(0xd6, 0x3b, 0x32);
    if (quiet.contains(state))
        return QColor(0x8c, 0x8c, 0x8c);
    return QColor(0xe0, 0x9a, 0x1a);
}

QSizeF LineageNodeStyle::sizeOf(const LineageNode &node) const
{
    const QFontMetricsF caption(m_caption);
    const QFontMetricsF label(m_label);
    const QFontMetricsF state(m_state);
    double width = std::max(caption.horizontalAdvance(kindCaption(node.kind)), label.horizontalAdvance(node.label));
    double height = PadY * 2 + caption.height() + Gap + label.height();
    if (!node.state.isEmpty()) {
        width = std::max(width, StateDot + 5 + state.horizontalAdvance(stateText(node.state)));
        height += Gap + state.height();
    }
    width = std::clamp(width + PadX * 2 + Strip, MinWidth, MaxWidth);
    return {std::ceil(width), std::ceil(height)};
}

QColor LineageNodeStyle::edgeColor() const
{
    QColor color = m_palette.color(QPalette::Text);
    color.setAlphaF(isDark(m_palette) ? 0.55 : 0.45);
    return color;
}

void LineageNodeStyle::paint(QPainter &painter, const QRectF &box, const LineageNode &node, Look look) const
{
    const QColor kind = kindColor(node.kind);
    const bool dark = isDark(m_palette);
    const QColor base = m_palette.color(QPalette::Base);
    QColor fill = base;
    const double tint = dark ? 0.22 : 0.09;
    fill.setRgbF(base.redF() * (1 - tint) + kind.redF() * tint, base.greenF() * (1 - tint) + kind.greenF() * tint,
                 base.blueF() * (1 - tint) + kind.blueF() * tint);

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(box, Radius, Radius);
    if (look.selected) {
        QColor halo = m_palette.color(QPalette::Highlight);
        halo.setAlphaF(0.5);
        painter.setPen(QPen(halo, 6));
        painter.drawPath(outline);
    }
    painter.fillPath(outline, fill);
    painter.save();
    painter.setClipPath(outline);
    painter.fillRect(QRectF(box.left(), box.top(), Strip, box.height()), kind);
    painter.restore();
    const QColor border = look.selected ? m_palette.color(QPalette::Highlight) : look.root ? kind : kind.lighter(dark ? 80 : 150);
    painter.setPen(QPen(border, look.selected || look.root ? 2.0 : 1.0));
    painter.drawPath(outline);

    const double left = box.left() + Strip + PadX;
    const double width = box.right() - PadX - left;
    double y = box.top() + PadY;
    const QFontMetricsF caption(m_caption);
    painter.setFont(m_caption);
    painter.setPen(dark ? kind.lighter(150) : kind.darker(115));
    painter.drawText(QRectF(left, y, width, caption.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     caption.elidedText(kindCaption(node.kind), Qt::ElideRight, width));
    y += caption.height() + Gap;

    const QFontMetricsF label(m_label);
    painter.setFont(m_label);
    painter.setPen(m_palette.color(QPalette::Text));
    painter.drawText(QRectF(left, y, width, label.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     label.elidedText(node.label, Qt::ElideMiddle, width));
    y += label.height() + Gap;

    if (!node.state.isEmpty()) {
        const QFontMetricsF state(m_state);
        painter.setPen(Qt::NoPen);
        painter.setBrush(stateColor(node.state));
        painter.drawEllipse(QRectF(left, y + (state.height() - StateDot) / 2, StateDot, StateDot));
        painter.setFont(m_state);
        painter.setPen(m_palette.color(QPalette::PlaceholderText));
        const double textLeft = left + StateDot + 5;
        painter.drawText(QRectF(textLeft, y, box.right() - PadX - textLeft, state.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         state.elidedText(stateText(node.state), Qt::ElideRight, box.right() - PadX - textLeft));
    }
    painter.restore();
}

} // namespace atelier
