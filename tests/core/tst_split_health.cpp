// Tests SplitHealth: how the states of a traffic split's gateway and routes make the deployment's state.
#include "core/serving/split_health.h"

#include <QtTest>

using namespace atelier;

namespace {

// "ready", "down" ... as DeploymentState; the reason names the server, so a test sees whose it is.
ServerHealth server(const QString &name, int weight, const QString &state)
{
    return {name, weight, deploymentStateFromName(state).value_or(DeploymentState::Stopped), name + QStringLiteral(" says ") + state};
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList states(const char *commaSeparated)
{
    return text(commaSeparated).split(u',');
}

} // namespace

class TestSplitHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void combines_data()
    {
        QTest::addColumn<QString>("gateway"); // "-": none (a deployment of one version)
        QTest::addColumn<QStringList>("routes"); // states of v1 (weight 90) and v2 (weight 10, or 0 when "0:" prefixed)
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("reasonHas");

        QTest::newRow("one version is its server") << text("-") << states("loading") << text("loading") << text("v1 says loading");
        QTest::newRow("one version down") << text("-") << states("down") << text("down") << text("v1 says down");
        QTest::newRow("all ready") << text("ready") << states("ready,ready") << text("ready") << text("every version");
        QTest::newRow("gateway down wins") << text("down") << states("ready,ready") << text("down") << text("gateway is down");
        QTest::newRow("gateway down over broken route") << text("down") << states("down,ready") << text("down")
                                                        << text("gateway is down");
        QTest::newRow("canary down is degraded") << text("ready") << states("ready,down") << text("degraded")
                                                 << text("v2 is down: v2 says down");
        QTest::newRow("main down is degraded") << text("ready") << states("down,ready") << text("degraded")
                                               << text("v1 is down");
        QTest::newRow("both down is down") << text("ready") << states("down,down") << text("down")
                                           << text("every version that takes traffic is down");
        QTest::newRow("idle route down only: degraded") << text("ready") << states("down,0:down") << text("down")
                                                        << text("v1 is down");
        QTest::newRow("route without traffic broken") << text("ready") << states("ready,0:down") << text("degraded")
                                                      << text("v2 is down");
        QTest::newRow("degraded route") << text("ready") << states("degraded,ready") << text("degraded") << text("v1 is degraded");
        QTest::newRow("gateway degraded") << text("degraded") << states("ready,ready") << text("degraded")
                                          << text("gateway is degraded");
        QTest::newRow("gateway starting") << text("starting") << states("ready,ready") << text("starting")
                                          << text("gateway is starting");
        QTest::newRow("broken before starting") << text("starting") << states("down,ready") << text("degraded")
                                                << text("v1 is down");
        QTest::newRow("a route starting") << text("ready") << states("ready,starting") << text("starting")
                                          << text("v2 is starting");
        QTest::newRow("starting before loading") << text("ready") << states("loading,starting") << text("starting")
                                                 << text("v1 is loading: v1 says loading; v2 is starting");
        QTest::newRow("loading") << text("ready") << states("ready,loading") << text("loading") << text("v2 is loading");
    }

    void combines()
    {
        QFETCH(QString, gateway);
        QFETCH(QStringList, routes);
        QFETCH(QString, expected);
        QFETCH(QString, reasonHas);
        QList<ServerHealth> servers;
        for (qsizetype i = 0; i < routes.size(); ++i) {
            QString state = routes.at(i);
            const bool idle = state.startsWith(QLatin1String("0:"));
            servers.append(server(QStringLiteral("v%1").arg(i + 1), idle ? 0 : (i == 0 ? 90 : 10), idle ? state.mid(2) : state));
        }
        const std::optional<ServerHealth> front =
            gateway == QLatin1String("-") ? std::nullopt : std::optional(server(QStringLiteral("gateway"), 0, gateway));
        const CombinedHealth combined = SplitHealth::combine(front, servers);
        QCOMPARE(deploymentStateName(combined.state), expected);
        QVERIFY2(combined.reason.contains(reasonHas), qPrintable(combined.reason));
    }
};

QTEST_GUILESS_MAIN(TestSplitHealth)
#include "tst_split_health.moc"
