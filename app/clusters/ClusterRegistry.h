// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kubeconfig/Kubeconfig.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <memory>

namespace maestro::kube {
class ClusterConnection;
}
namespace maestro::advisor {
class Advisor;
struct Finding;
} // namespace maestro::advisor
namespace maestro::history {
class HistoryStore;
class HistoryRecorder;
} // namespace maestro::history

namespace maestro {

class CredentialStore;
class DemoCluster;
struct ClusterSettings;

/// One application (cluster) the app knows: a kubeconfig context or the demo.
struct ClusterEntry
{
    QString id; ///< "context:<name>" or "demo"
    QString displayName;
    QString server;
    bool demo = false;
    ResolvedContext context; ///< for the demo: valid once it started
};

/**
 * The clusters the Dashboard lists (every kubeconfig context plus the simulated
 * demo) and their connections, several open at once. Tokens kept in the keychain
 * are read back before a cluster connects.
 */
class ClusterRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ClusterRegistry(QObject *parent = nullptr);
    ~ClusterRegistry() override;

    /// Reads the kubeconfig ($KUBECONFIG or ~/.kube/config, or `file`).
    void load(const QString &file = {});
    const QList<ClusterEntry> &entries() const { return m_entries; }
    const QList<KubeconfigIssue> &issues() const { return m_issues; }
    bool hasKubeconfigContexts() const;
    QString currentContextId() const { return m_currentId; }
    const ClusterEntry *entry(const QString &id) const;

    void setDemoOptions(const QString &scenario, double speed);
    /// The connection of a cluster, opening it on first use (starting the demo if needed).
    kube::ClusterConnection *open(const QString &id, QString *error);
    kube::ClusterConnection *connection(const QString &id) const;
    /// The advisor watching a cluster (made when the cluster opens).
    advisor::Advisor *advisor(const QString &id) const;
    /// The cluster's own history (samples and timeline), kept across runs.
    history::HistoryStore *history(const QString &id) const;
    history::HistoryRecorder *recorder(const QString &id) const;
    /// Keeps a token the user typed: used now, and stored in the keychain when `keep`.
    void setToken(const QString &id, const QByteArray &token, bool keep);
    CredentialStore *credentials() const { return m_credentials; }
    /// Applies the settings Preferences wrote (polling, history, advisor thresholds) to
    /// every open cluster; the ones opened later read them on their own.
    void reloadSettings();

Q_SIGNALS:
    void connectionOpened(const QString &id, maestro::kube::ClusterConnection *connection);
    void connectionStateChanged(const QString &id);
    /// One of a cluster's findings started (for notifications and the timeline).
    void findingStarted(const QString &id, const maestro::advisor::Finding &finding);

private:
    QString keychainKey(const ClusterEntry &entry) const;
    /// `store` may be null (a cluster whose history could not open).
    static void applySettings(const ClusterSettings &settings, kube::ClusterConnection *connection,
                              history::HistoryStore *store);

    QList<ClusterEntry> m_entries;
    QList<KubeconfigIssue> m_issues;
    QString m_currentId;
    QHash<QString, kube::ClusterConnection *> m_connections;
    QHash<QString, advisor::Advisor *> m_advisors;
    QHash<QString, history::HistoryStore *> m_histories;
    QHash<QString, history::HistoryRecorder *> m_recorders;
    DemoCluster *m_demo = nullptr;
    std::unique_ptr<QTemporaryDir> m_demoHistoryDir; ///< the demo's history, this run only
    QString m_demoScenario = QStringLiteral("shared-master");
    double m_demoSpeed = 10;
    CredentialStore *m_credentials;
};

} // namespace maestro
