// DeploymentStateBadge: a deployment's state as a coloured pill, with the words and colours every deployment view shares.
#pragma once

#include "core/serving/deployment_health.h"

#include <QColor>
#include <QIcon>
#include <QLabel>

namespace atelier {

class DeploymentStateBadge : public QLabel
{
    Q_OBJECT

public:
    explicit DeploymentStateBadge(QWidget *parent = nullptr);

    void setState(DeploymentState state);
    DeploymentState state() const { return m_state; }

    // "Ready", "Loading" ...: what a user reads for a state.
    static QString stateText(DeploymentState state);
    // Distinct in both themes: green ready, blue loading, amber degraded, red down, greys otherwise.
    static QColor stateColor(DeploymentState state);
    // A dot of the state's colour, for tables.
    static QIcon stateIcon(DeploymentState state);

private:
    DeploymentState m_state = DeploymentState::Starting;
};

} // namespace atelier
