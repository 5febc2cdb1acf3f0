// DeploymentStateBadge: one table of looks by state; the pill is a style sheet on the label itself.
#include "ui/deploy/deployment_state_badge.h"

#include <QPainter>
#include <QPixmap>

#include <iterator>

namespace atelier {

namespace {

struct StateLook
{
    const char *text;
    QRgb background;
    QRgb foreground;
};

// In the order of DeploymentState.
const StateLook Looks[] = {
    {QT_TRANSLATE_NOOP("DeploymentStateBadge", "Starting"), 0x7f8c9d, 0xffffff},
    {QT_TRANSLATE_NOOP("DeploymentStateBadge", "Loading"), 0x3b78c2, 0xffffff},
    {QT_TRANSLATE_NOOP("DeploymentStateBadge", "Ready"), 0x2f9e44, 0xffffff},
    {QT_TRANSLATE_NOOP("DeploymentStateBadge", "Degraded"), 0xf0a020, 0x2b2100},
    {QT_TRANSLATE_NOOP("DeploymentStateBadge", "Down"), 0xd83a3a, 0xffffff},
    {QT_TRANSLATE_NOOP("DeploymentStateBadge", "Stopped"), 0x5f6368, 0xffffff},
};
static_assert(std::size(Looks) == int(DeploymentState::Stopped) + 1);

} // namespace

DeploymentStateBadge::DeploymentStateBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("deploymentStateBadge"));
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setState(DeploymentState::Starting);
}

void DeploymentStateBadge::setState(DeploymentState state)
{
    m_state = state;
    const StateLook &look = Looks[int(state)];
    setText(stateText(state));
    setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 10px; padding: 3px 12px; "
                                 "font-weight: 600; }")
                      .arg(QColor(look.background).name(), QColor(look.foreground).name()));
}

QString DeploymentStateBadge::stateText(DeploymentState state)
{
    return tr(Looks[int(state)].text);
}

QColor DeploymentStateBadge::stateColor(DeploymentState state)
{
    return QColor(Looks[int(state)].background);
}

QIcon DeploymentStateBadge::stateIcon(DeploymentState state)
{
    QPixmap dot(16, 16);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(stateColor(state));
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(dot);
}

} // namespace atelier
