// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the node lifecycle tests: a connected cluster, kubectl against the same
// simulator, and small reads of what the server holds now.

#include "KubeTestSupport.h"

#include "app/kube/ClusterConnection.h"
#include "app/lifecycle/LifecycleRequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace maestro::test {

inline std::unique_ptr<kube::ClusterConnection> connectLifecycle(const ResolvedContext &context)
{
    auto connection = std::make_unique<kube::ClusterConnection>(context);
    connection->open();
    if (!QTest::qWaitFor(
            [&] { return connection->state() == kube::ClusterConnection::State::Connected; },
            30000)) {
        qWarning("not connected: %s", qPrintable(connection->stateMessage()));
        return nullptr;
    }
    return connection;
}

/// kubectl as a subprocess against the simulator (its --kubeconfig-out file).
class Kubectl
{
public:
    explicit Kubectl(const QByteArray &kubeconfig)
    {
        m_path = m_dir.filePath(QStringLiteral("sim.kubeconfig"));
        QFile file(m_path);
        if (file.open(QIODevice::WriteOnly))
            file.write(kubeconfig);
    }
    static bool available()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("kubectl")).isEmpty();
    }
    /// Standard output; empty (with a warning) when kubectl failed.
    QString run(const QStringList &args) const
    {
        QProcess process;
        process.start(QStringLiteral("kubectl"),
                      QStringList{QStringLiteral("--kubeconfig"), m_path} + args);
        if (!process.waitForFinished(30000) || process.exitCode() != 0) {
            qWarning("kubectl %s: %s", qPrintable(args.join(u' ')),
                     process.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    /// Rows of a table output by their first column (NAME, or NAMESPACE with -A).
    QHash<QString, QStringList> table(const QStringList &args, int keyColumn = 0) const
    {
        QHash<QString, QStringList> rows;
        const QStringList lines = run(args).split(u'\n', Qt::SkipEmptyParts);
        for (int i = 1; i < lines.size(); ++i) {
            const QStringList cells = lines[i].split(u' ', Qt::SkipEmptyParts);
            if (cells.size() > keyColumn)
                rows.insert(cells[keyColumn], cells);
        }
        return rows;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

/// GET of a path as JSON; an empty object when it failed.
inline QJsonObject getJson(kube::ClusterConnection &connection, const QString &path,
                           const QUrlQuery &query = {})
{
    std::unique_ptr<kube::ApiRequest> request(connection.client()->get(path, query));
    if (!waitFinished(request.get()) || !request->ok())
        return {};
    return request->json();
}

/// A request's outcome once it finished: ok, or the error.
inline kube::ApiError sendAndWait(kube::ClusterConnection &connection,
                                  const kube::RequestSpec &spec)
{
    std::unique_ptr<kube::ApiRequest> request(connection.client()->send(spec));
    if (!waitFinished(request.get())) {
        kube::ApiError timeout;
        timeout.kind = kube::ApiErrorKind::Timeout;
        return timeout;
    }
    return request->error();
}

/// Changes a MachineDeployment's or the control plane's replicas by `delta`.
inline bool scaleBy(kube::ClusterConnection &connection, const QString &kind, const QString &name,
                    int delta)
{
    lifecycle::ScaleChange change(connection.client(), kind, QStringLiteral("default"), name,
                                  delta);
    bool done = false, ok = false;
    QObject::connect(&change, &lifecycle::ScaleChange::finished,
                     [&](bool success, const QString &error) {
                         done = true;
                         ok = success;
                         if (!success)
                             qWarning("scale: %s", qPrintable(error));
                     });
    change.start();
    return QTest::qWaitFor([&] { return done; }, 20000) && ok;
}

/// Nodes that are Ready and whose name starts with `prefix`.
inline int readyNodesStartingWith(kube::ClusterConnection &connection, const QString &prefix)
{
    int count = 0;
    for (const kube::NodeInfo &node : connection.nodes()->items())
        count += node.meta.name.startsWith(prefix) && node.isReady();
    return count;
}

/// The undersized-master scenario as the advisor's finding needs it: a worker has taken
/// the application off the master. False when the worker is not Ready in time.
inline bool addWorkerToUndersizedMaster(kube::ClusterConnection &connection)
{
    const QString workers = QStringLiteral("maestro-demo-md-0");
    return scaleBy(connection, QStringLiteral("MachineDeployment"), workers, 1) &&
           QTest::qWaitFor([&] { return readyNodesStartingWith(connection, workers + u'-') == 1; },
                           30000);
}

} // namespace maestro::test
