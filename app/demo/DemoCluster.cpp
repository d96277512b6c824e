// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/demo/DemoCluster.h"

#include "app/kubeconfig/Kubeconfig.h"
#include "sim/cluster/SimCluster.h"
#include "sim/server/SimServer.h"

#include <QRandomGenerator>

namespace maestro {

DemoCluster::DemoCluster(QObject *parent)
    : QObject(parent)
{}

DemoCluster::~DemoCluster() = default;

QStringList DemoCluster::scenarios()
{
    return sim::SimCluster::scenarios();
}

QString DemoCluster::displayName()
{
    return tr("Demo cluster (simulated)");
}

bool DemoCluster::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

QByteArray DemoCluster::kubeconfig() const
{
    return m_thread ? m_thread->kubeconfig() : QByteArray();
}

bool DemoCluster::start(const QString &scenario, double speed, QString *error)
{
    if (!scenarios().contains(scenario)) {
        *error = tr("Unknown demo scenario \"%1\" (one of: %2).")
                     .arg(scenario, scenarios().join(QStringLiteral(", ")));
        return false;
    }
    sim::SimServerOptions options;
    options.cluster.scenario = scenario;
    options.cluster.speed = speed;
    options.cluster.seed = 1;
    if (scenario == u"large") {
        // A tenth of the limits keeps the demo quick to start.
        options.cluster.largeNodes = 500;
        options.cluster.largePods = 15000;
        options.cluster.largeEvents = 10000;
    }
    options.tls = true;
    // A fresh random token per run: the demo is reached like any secured cluster.
    options.token = QString::number(QRandomGenerator::system()->generate64(), 36) +
                    QString::number(QRandomGenerator::system()->generate64(), 36);
    m_thread = std::make_unique<sim::SimServerThread>(options);
    if (!m_thread->startAndWait(error))
        return false;
    Kubeconfig kubeconfig = Kubeconfig::loadData(m_thread->kubeconfig(), QStringLiteral("demo"));
    const auto context = kubeconfig.context(QStringLiteral("maestro-sim"));
    if (!context) {
        *error = tr("The demo cluster's kubeconfig could not be read.");
        return false;
    }
    m_context = *context;
    m_context.name = displayName();
    return true;
}

} // namespace maestro
