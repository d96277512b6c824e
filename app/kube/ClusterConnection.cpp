// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kube/ClusterConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace maestro::kube {

Q_LOGGING_CATEGORY(lcConnection, "maestro.kube.connection")

namespace {
const QString kCapi = QStringLiteral("cluster.x-k8s.io");
const QString kControlPlane = QStringLiteral("controlplane.cluster.x-k8s.io");
const QString kInfrastructure = QStringLiteral("infrastructure.cluster.x-k8s.io");
const QString kMetrics = QStringLiteral("metrics.k8s.io");
} // namespace

ClusterConnection::ClusterConnection(const ResolvedContext &context, QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(context, this))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &ClusterConnection::probe);
    connect(m_client, &ApiClient::unauthorized, this, [this](const ApiError &error) {
        if (m_state != State::Unauthorized)
            setState(State::Unauthorized, error.describe());
    });

    m_nodes = new Informer<NodeInfo>(m_client, QStringLiteral("/api/v1/nodes"),
                                     QStringLiteral("nodes"), decodeNode, this);
    m_pods = new Informer<PodInfo>(m_client, QStringLiteral("/api/v1/pods"), QStringLiteral("pods"),
                                   decodePod, this);
    m_pods->addIndex(QStringLiteral("node"), [](const PodInfo &p) { return p.nodeName; });
    m_events = new Informer<EventInfo>(m_client, QStringLiteral("/api/v1/events"),
                                       QStringLiteral("events"), decodeEvent, this);
    m_events->addIndex(QStringLiteral("involved"),
                       [](const EventInfo &e) { return e.involvedKey(); });
    m_machines = new Informer<MachineInfo>(
        m_client, QStringLiteral("/apis/cluster.x-k8s.io/v1beta1/machines"),
        QStringLiteral("machines"), decodeMachine, this);
    m_machineDeployments = new Informer<MachineDeploymentInfo>(
        m_client, QStringLiteral("/apis/cluster.x-k8s.io/v1beta1/machinedeployments"),
        QStringLiteral("machinedeployments"), decodeMachineDeployment, this);
    m_controlPlanes = new Informer<ControlPlaneInfo>(
        m_client,
        QStringLiteral("/apis/controlplane.cluster.x-k8s.io/v1beta1/kubeadmcontrolplanes"),
        QStringLiteral("kubeadmcontrolplanes"), decodeControlPlane, this);
    m_metrics = new MetricsPoller(m_client, this);
    m_etcd = new EtcdLogWatcher(
        m_client,
        [this] {
            QHash<QString, QString> etcdPods;
            for (const PodInfo &pod : m_pods->items()) {
                if (pod.meta.namespace_ == u"kube-system" &&
                    (pod.component == u"etcd" || pod.meta.name.startsWith(u"etcd-")) &&
                    pod.phase == PodPhase::Running)
                    etcdPods.insert(pod.meta.name, pod.nodeName);
            }
            return etcdPods;
        },
        this);

    const QList<InformerBase *> all{
        m_nodes, m_pods, m_events, m_machines, m_machineDeployments, m_controlPlanes};
    for (InformerBase *informer : all) {
        connect(informer, &InformerBase::stateChanged, this, &ClusterConnection::onInformerState);
        connect(informer, &InformerBase::changed, this, [this] {
            m_lastUpdate = QDateTime::currentDateTimeUtc();
            Q_EMIT changed();
        });
    }
    for (InformerBase *informer :
         {static_cast<InformerBase *>(m_nodes), static_cast<InformerBase *>(m_pods),
          static_cast<InformerBase *>(m_events)}) {
        connect(informer, &InformerBase::listProgress, this, [this] {
            Q_EMIT syncProgress(m_nodes->count(), m_pods->count(), m_events->count());
        });
    }
    connect(m_metrics, &MetricsPoller::updated, this, [this] { Q_EMIT changed(); });
    connect(m_etcd, &EtcdLogWatcher::updated, this, [this] { Q_EMIT changed(); });
}

ClusterConnection::~ClusterConnection()
{
    close();
}

QList<InformerBase *> ClusterConnection::informers() const
{
    QList<InformerBase *> list{m_nodes, m_pods, m_events};
    if (m_support.clusterApi)
        list << m_machines << m_machineDeployments;
    if (m_support.controlPlane)
        list << m_controlPlanes;
    if (m_templates)
        list << m_templates;
    return list;
}

bool ClusterConnection::hasSynced() const
{
    for (InformerBase *informer : informers()) {
        if (!informer->hasSynced())
            return false;
    }
    return true;
}

bool ClusterConnection::isStale() const
{
    if (m_state != State::Connected)
        return true;
    for (InformerBase *informer : informers()) {
        if (informer->isStale())
            return true;
    }
    return false;
}

QString ClusterConnection::stateName(State state)
{
    switch (state) {
    case State::Disconnected:
        return tr("Disconnected");
    case State::Connecting:
        return tr("Connecting");
    case State::Syncing:
        return tr("Loading");
    case State::Connected:
        return tr("Connected");
    case State::Unauthorized:
        return tr("Unauthorized");
    case State::Forbidden:
        return tr("Forbidden");
    case State::Unreachable:
        return tr("Unreachable");
    case State::TlsFailure:
        return tr("TLS failure");
    case State::NotKubernetes:
        return tr("Not a Kubernetes API");
    }
    return {};
}

void ClusterConnection::setState(State state, const QString &message)
{
    if (m_state == state && m_stateMessage == message)
        return;
    m_state = state;
    m_stateMessage = message;
    qCInfo(lcConnection) << context().name << stateName(state) << message;
    Q_EMIT stateChanged(state, message);
}

void ClusterConnection::open()
{
    if (m_state != State::Disconnected && m_state != State::Unreachable &&
        m_state != State::Unauthorized && m_state != State::TlsFailure &&
        m_state != State::NotKubernetes && m_state != State::Forbidden)
        return;
    // A reconnect may be pending (Unreachable): this attempt replaces it.
    m_reconnectTimer.stop();
    setState(State::Connecting, tr("Connecting to %1").arg(context().server.toString()));
    probe();
}

void ClusterConnection::close()
{
    ++m_generation; // answers to the probe and discovery in flight are dropped
    m_reconnectTimer.stop();
    for (InformerBase *informer :
         {static_cast<InformerBase *>(m_nodes), static_cast<InformerBase *>(m_pods),
          static_cast<InformerBase *>(m_events), static_cast<InformerBase *>(m_machines),
          static_cast<InformerBase *>(m_machineDeployments),
          static_cast<InformerBase *>(m_controlPlanes)})
        informer->stop();
    if (m_templates)
        m_templates->stop();
    m_metrics->stop();
    m_etcd->stop();
    m_informersStarted = false;
    m_syncedEmitted = false;
    if (m_state != State::Disconnected)
        setState(State::Disconnected, {});
}

void ClusterConnection::retryNow()
{
    m_reconnectTimer.stop();
    m_reconnectFailures = 0;
    if (m_informersStarted) {
        for (InformerBase *informer : informers()) {
            if (informer->state() != InformerBase::State::Watching)
                informer->restart();
        }
        return;
    }
    setState(State::Connecting, tr("Connecting to %1").arg(context().server.toString()));
    ++m_generation; // one probe at a time: an earlier one still in flight is dropped
    probe();
}

void ClusterConnection::useToken(const QByteArray &token)
{
    m_client->setBearerToken(token);
    if (m_informersStarted) {
        // Every list and watch re-authenticates: a watch opened with the old token would
        // go on working and hide a wrong new one until it ends.
        setState(State::Syncing, tr("Loading with the new token"));
        for (InformerBase *informer : informers())
            informer->restart();
        onInformerState();
        return;
    }
    retryNow();
}

void ClusterConnection::probe()
{
    RequestSpec spec;
    spec.path = QStringLiteral("/version");
    spec.resource = QStringLiteral("version");
    spec.timeoutMs = 15000;
    spec.maxAttempts = 2;
    ApiRequest *request = m_client->send(spec);
    const int generation = m_generation;
    connect(request, &ApiRequest::finished, this, [this, request, generation] {
        // Closed (or closed and opened again) while it ran: this answer is out of date.
        if (generation != m_generation) {
            request->deleteLater();
            return;
        }
        onVersion(request);
    });
}

void ClusterConnection::scheduleReconnect(const ApiError &error)
{
    switch (error.kind) {
    case ApiErrorKind::Unauthorized:
        setState(State::Unauthorized, error.describe());
        return;
    case ApiErrorKind::Forbidden:
        setState(State::Forbidden, error.describe());
        return;
    case ApiErrorKind::Tls:
        setState(State::TlsFailure, error.describe());
        return;
    case ApiErrorKind::NotKubernetes:
    case ApiErrorKind::TooLarge:
        setState(State::NotKubernetes, error.describe());
        return;
    default:
        // Decode included: a JSON answer that does not parse was cut short or spoiled on
        // the way, which the next attempt may well not be.
        break;
    }
    ++m_reconnectFailures;
    const int seconds = std::min(60, 2 << std::min(m_reconnectFailures - 1, 5));
    setState(State::Unreachable,
             tr("%1 Retrying in %n second(s).", nullptr, seconds).arg(error.describe()));
    m_reconnectTimer.start(seconds * 1000);
}

void ClusterConnection::onVersion(ApiRequest *request)
{
    request->deleteLater();
    if (!request->ok()) {
        scheduleReconnect(request->error());
        return;
    }
    QJsonParseError parseError{};
    const QJsonObject version = QJsonDocument::fromJson(request->body(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        !version.contains(QLatin1String("gitVersion"))) {
        ApiError error;
        error.kind = ApiErrorKind::NotKubernetes;
        error.message = tr("/version did not describe a Kubernetes version");
        scheduleReconnect(error);
        return;
    }
    m_serverVersion = version.value(QLatin1String("gitVersion")).toString();
    m_reconnectFailures = 0;
    discover();
}

void ClusterConnection::discover()
{
    ApiRequest *request = m_client->get(QStringLiteral("/apis"), {}, QStringLiteral("discovery"));
    const int generation = m_generation;
    connect(request, &ApiRequest::finished, this, [this, request, generation] {
        request->deleteLater();
        if (generation != m_generation)
            return;
        if (!request->ok()) {
            scheduleReconnect(request->error());
            return;
        }
        m_support = {};
        QStringList infrastructureVersions;
        for (const QJsonValue &g : request->json().value(QLatin1String("groups")).toArray()) {
            const QJsonObject group = g.toObject();
            const QString name = group.value(QLatin1String("name")).toString();
            QStringList versions;
            for (const QJsonValue &v : group.value(QLatin1String("versions")).toArray())
                versions << v.toObject().value(QLatin1String("version")).toString();
            if (name == kCapi && versions.contains(u"v1beta1"))
                m_support.clusterApi = true;
            else if (name == kControlPlane && versions.contains(u"v1beta1"))
                m_support.controlPlane = true;
            else if (name == kMetrics && versions.contains(u"v1beta1"))
                m_support.metrics = true;
            else if (name == kInfrastructure)
                infrastructureVersions = versions;
        }
        if (infrastructureVersions.isEmpty()) {
            startInformers();
            return;
        }
        const QString gv =
            kInfrastructure + u'/' +
            (infrastructureVersions.contains(u"v1beta1") ? QStringLiteral("v1beta1")
                                                         : infrastructureVersions.first());
        ApiRequest *resources =
            m_client->get(QStringLiteral("/apis/") + gv, {}, QStringLiteral("discovery"));
        connect(resources, &ApiRequest::finished, this, [this, resources, gv, generation] {
            if (generation != m_generation) {
                resources->deleteLater();
                return;
            }
            onDiscovery(resources, gv);
        });
    });
}

void ClusterConnection::onDiscovery(ApiRequest *request, const QString &groupVersion)
{
    request->deleteLater();
    if (request->ok()) {
        for (const QJsonValue &r : request->json().value(QLatin1String("resources")).toArray()) {
            const QString name = r.toObject().value(QLatin1String("name")).toString();
            // Every infrastructure provider names its templates "<provider>machinetemplates".
            if (name.endsWith(u"machinetemplates") && !name.contains(u'/')) {
                m_support.templateResource = name;
                m_support.templateVersion = groupVersion;
                break;
            }
        }
    }
    startInformers();
}

void ClusterConnection::startInformers()
{
    setState(State::Syncing, tr("Loading nodes, pods and events"));
    if (!m_support.templateResource.isEmpty() && !m_templates) {
        m_templates = new Informer<MachineTemplateInfo>(
            m_client,
            QStringLiteral("/apis/") + m_support.templateVersion + u'/' +
                m_support.templateResource,
            m_support.templateResource, decodeMachineTemplate, this);
        connect(m_templates, &InformerBase::stateChanged, this,
                &ClusterConnection::onInformerState);
        connect(m_templates, &InformerBase::changed, this, [this] { Q_EMIT changed(); });
    }
    m_informersStarted = true;
    for (InformerBase *informer : informers())
        informer->start();
    // Without metrics.k8s.io the poll gets a 404 and says "metrics-server not installed".
    m_metrics->start();
    m_etcd->start();
}

void ClusterConnection::onInformerState()
{
    if (!m_informersStarted)
        return;
    bool allSynced = true;
    for (InformerBase *informer : informers()) {
        switch (informer->state()) {
        case InformerBase::State::Unauthorized:
            setState(State::Unauthorized, informer->lastError().describe());
            return;
        case InformerBase::State::Failed:
            if (informer->lastError().kind == ApiErrorKind::Forbidden) {
                setState(State::Forbidden, informer->lastError().describe());
                return;
            }
            break;
        default:
            break;
        }
        // Synced once is not enough after a restart: Connected means every list is in and
        // every watch running.
        if (!informer->hasSynced() || informer->state() != InformerBase::State::Watching)
            allSynced = false;
    }
    // A synced connection whose watches or lists fail for the network has lost the
    // cluster: say so (its data is stale) while the informers retry on their own, and
    // come back to Connected when they are all watching again.
    const InformerBase *lost = nullptr;
    for (InformerBase *informer : informers()) {
        const ApiErrorKind kind = informer->lastError().kind;
        if (informer->state() == InformerBase::State::Retrying &&
            (kind == ApiErrorKind::Network || kind == ApiErrorKind::Timeout)) {
            lost = informer;
            break;
        }
    }
    if (lost) {
        if (m_state == State::Connected || m_state == State::Syncing)
            setState(State::Unreachable,
                     tr("Lost the connection to %1: %2 Reconnecting.")
                         .arg(context().server.toString(), lost->lastError().describe()));
        return;
    }
    if (allSynced && m_state != State::Connected) {
        setState(State::Connected,
                 tr("Connected to %1 (%2)").arg(context().server.toString(), m_serverVersion));
        m_metrics->pollNow();
        m_etcd->pollNow();
        // Once per open(): coming back after a lost connection is not a first sync.
        if (!m_syncedEmitted) {
            m_syncedEmitted = true;
#ifdef __GLIBC__
            // The first sync's pages and their parsers' buffers (hundreds of MB at 150,000
            // pods, decoded on several threads) are free now, but glibc keeps free memory
            // amid the stores' objects in its arenas: give the whole pages of it back.
            malloc_trim(0);
#endif
            Q_EMIT synced();
        }
    }
}

} // namespace maestro::kube
