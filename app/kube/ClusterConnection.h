// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kube/ApiClient.h"
#include "app/kube/EtcdLogWatcher.h"
#include "app/kube/Informer.h"
#include "app/kube/MetricsPoller.h"
#include "app/kube/Objects.h"
#include "app/kubeconfig/ResolvedContext.h"

#include <QObject>
#include <QTimer>

namespace maestro::kube {

/// What the Cluster API of a cluster offers for adding nodes, found by discovery.
struct ClusterApiSupport
{
    bool clusterApi = false;   ///< cluster.x-k8s.io/v1beta1 machines, machinedeployments
    bool controlPlane = false; ///< controlplane.cluster.x-k8s.io/v1beta1 kubeadmcontrolplanes
    QString templateResource;  ///< "maestromachinetemplates" in infrastructure.cluster.x-k8s.io
    QString templateVersion;   ///< its group version, "infrastructure.cluster.x-k8s.io/v1beta1"
    bool metrics = false;      ///< metrics.k8s.io/v1beta1
};

/**
 * One cluster the app is connected to: its API client, the informers that keep
 * the app's picture of it, metrics, the etcd log signal, and a connection state
 * a person can act on. Several can be connected at once.
 */
class ClusterConnection : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected,
        Connecting,
        Syncing, ///< reachable; first lists loading
        Connected,
        Unauthorized,
        Forbidden,
        Unreachable, ///< retrying on its own
        TlsFailure,
        NotKubernetes,
    };
    Q_ENUM(State)

    explicit ClusterConnection(const ResolvedContext &context, QObject *parent = nullptr);
    ~ClusterConnection() override;

    void open();
    void close();
    /// Try again now (after "Retry now", or a new token).
    void retryNow();
    /// A token typed by the user: used from now on (storing it is the caller's choice).
    void useToken(const QByteArray &token);

    State state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    static QString stateName(State state);
    bool isStale() const;
    QDateTime lastUpdate() const { return m_lastUpdate; }
    const ResolvedContext &context() const { return m_client->context(); }
    ApiClient *client() const { return m_client; }
    const ClusterApiSupport &clusterApi() const { return m_support; }
    QString serverVersion() const { return m_serverVersion; }

    Informer<NodeInfo> *nodes() const { return m_nodes; }
    Informer<PodInfo> *pods() const { return m_pods; }
    Informer<EventInfo> *events() const { return m_events; }
    Informer<MachineInfo> *machines() const { return m_machines; }
    Informer<MachineDeploymentInfo> *machineDeployments() const { return m_machineDeployments; }
    Informer<ControlPlaneInfo> *controlPlanes() const { return m_controlPlanes; }
    Informer<MachineTemplateInfo> *machineTemplates() const { return m_templates; }
    MetricsPoller *metrics() const { return m_metrics; }
    EtcdLogWatcher *etcd() const { return m_etcd; }
    QList<InformerBase *> informers() const;
    bool hasSynced() const;

Q_SIGNALS:
    void stateChanged(maestro::kube::ClusterConnection::State state, const QString &message);
    /// First sync progress: objects loaded so far.
    void syncProgress(int nodes, int pods, int events);
    void synced();
    /// Something in the stores changed (coalesced per informer batch).
    void changed();

private:
    void setState(State state, const QString &message);
    void probe();
    void onVersion(ApiRequest *request);
    void discover();
    void onDiscovery(ApiRequest *request, const QString &groupVersion);
    void startInformers();
    void onInformerState();
    void scheduleReconnect(const ApiError &error);

    ApiClient *m_client;
    State m_state = State::Disconnected;
    QString m_stateMessage;
    QString m_serverVersion;
    ClusterApiSupport m_support;
    int m_discoveryPending = 0;
    bool m_informersStarted = false;
    bool m_syncedEmitted = false;
    int m_generation = 0; ///< counts close(): tells answers of an earlier open() apart
    int m_reconnectFailures = 0;
    QTimer m_reconnectTimer;
    QDateTime m_lastUpdate;

    Informer<NodeInfo> *m_nodes = nullptr;
    Informer<PodInfo> *m_pods = nullptr;
    Informer<EventInfo> *m_events = nullptr;
    Informer<MachineInfo> *m_machines = nullptr;
    Informer<MachineDeploymentInfo> *m_machineDeployments = nullptr;
    Informer<ControlPlaneInfo> *m_controlPlanes = nullptr;
    Informer<MachineTemplateInfo> *m_templates = nullptr;
    MetricsPoller *m_metrics = nullptr;
    EtcdLogWatcher *m_etcd = nullptr;
};

} // namespace maestro::kube
