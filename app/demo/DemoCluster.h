// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kubeconfig/ResolvedContext.h"

#include <QObject>

#include <memory>

namespace maestro::sim {
class SimServerThread;
}

namespace maestro {

/**
 * The built-in demo: maestro-sim started in-process, in a thread of its own, over
 * HTTPS with a token, and reached through the same kubeconfig path as any other
 * cluster.
 */
class DemoCluster : public QObject
{
    Q_OBJECT
public:
    explicit DemoCluster(QObject *parent = nullptr);
    ~DemoCluster() override;

    static QStringList scenarios();
    static QString displayName();

    /// Starts the simulated cluster; false with `error` when it could not.
    bool start(const QString &scenario, double speed, QString *error);
    bool isRunning() const;
    /// The context to connect to (valid after start()).
    ResolvedContext context() const { return m_context; }
    QByteArray kubeconfig() const;

private:
    std::unique_ptr<sim::SimServerThread> m_thread;
    ResolvedContext m_context;
};

} // namespace maestro
