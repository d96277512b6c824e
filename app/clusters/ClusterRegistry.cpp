// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clusters/ClusterRegistry.h"

#include "app/advisor/Advisor.h"
#include "app/clusters/ClusterSettings.h"
#include "app/credentials/CredentialStore.h"
#include "app/demo/DemoCluster.h"
#include "app/history/HistoryRecorder.h"
#include "app/history/HistoryStore.h"
#include "app/kube/ClusterConnection.h"

#include <algorithm>

namespace maestro {

ClusterRegistry::ClusterRegistry(QObject *parent)
    : QObject(parent)
    , m_credentials(new CredentialStore(this))
{}

ClusterRegistry::~ClusterRegistry()
{
    // Recorders, stores, advisors and connections first: they talk to the demo, which
    // stops with its thread. Stores write what is still queued when they close.
    qDeleteAll(m_recorders);
    m_recorders.clear();
    qDeleteAll(m_histories);
    m_histories.clear();
    qDeleteAll(m_advisors);
    m_advisors.clear();
    qDeleteAll(m_connections);
    m_connections.clear();
}

void ClusterRegistry::load(const QString &file)
{
    const Kubeconfig kubeconfig =
        file.isEmpty() ? Kubeconfig::load() : Kubeconfig::loadFiles({file});
    m_issues = kubeconfig.issues();
    m_entries.clear();
    ClusterEntry demo;
    demo.id = QStringLiteral("demo");
    demo.displayName = DemoCluster::displayName();
    demo.server = tr("in-process maestro-sim");
    demo.demo = true;
    m_entries.append(demo);
    for (const ResolvedContext &context : kubeconfig.contexts()) {
        ClusterEntry entry;
        entry.id = QStringLiteral("context:") + context.name;
        entry.displayName = context.name;
        entry.server = context.server.toString();
        entry.context = context;
        m_entries.append(entry);
    }
    m_currentId = kubeconfig.currentContext().isEmpty()
                      ? QString()
                      : QStringLiteral("context:") + kubeconfig.currentContext();
}

bool ClusterRegistry::hasKubeconfigContexts() const
{
    return m_entries.size() > 1;
}

const ClusterEntry *ClusterRegistry::entry(const QString &id) const
{
    for (const ClusterEntry &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

void ClusterRegistry::setDemoOptions(const QString &scenario, double speed)
{
    m_demoScenario = scenario;
    m_demoSpeed = speed;
}

kube::ClusterConnection *ClusterRegistry::connection(const QString &id) const
{
    return m_connections.value(id);
}

advisor::Advisor *ClusterRegistry::advisor(const QString &id) const
{
    return m_advisors.value(id);
}

history::HistoryStore *ClusterRegistry::history(const QString &id) const
{
    return m_histories.value(id);
}

history::HistoryRecorder *ClusterRegistry::recorder(const QString &id) const
{
    return m_recorders.value(id);
}

QString ClusterRegistry::keychainKey(const ClusterEntry &entry) const
{
    return CredentialStore::keyForContext(entry.context.name, entry.context.server.toString());
}

kube::ClusterConnection *ClusterRegistry::open(const QString &id, QString *error)
{
    if (auto *existing = m_connections.value(id))
        return existing;
    auto it = std::find_if(m_entries.begin(), m_entries.end(),
                           [&](const ClusterEntry &e) { return e.id == id; });
    if (it == m_entries.end()) {
        *error = tr("No cluster %1.").arg(id);
        return nullptr;
    }
    if (it->demo) {
        if (!m_demo) {
            m_demo = new DemoCluster(this);
            if (!m_demo->start(m_demoScenario, m_demoSpeed, error)) {
                delete m_demo;
                m_demo = nullptr;
                return nullptr;
            }
        }
        it->context = m_demo->context();
        it->server = it->context.server.toString();
    }
    auto *connection = new kube::ClusterConnection(it->context, this);
    m_connections.insert(id, connection);
    auto *advisor = new advisor::Advisor(connection, advisor::AdvisorSettings::load(), this);
    m_advisors.insert(id, advisor);
    connect(advisor, &advisor::Advisor::findingStarted, this,
            [this, id](const advisor::Finding &finding) { Q_EMIT findingStarted(id, finding); });
    // The history outlives the cluster's own (events last an hour, metrics-server keeps
    // one value). The demo is a new cluster each run: its history lives in a temporary
    // folder for this run only, so that its charts and timeline work like any other's.
    auto *store = new history::HistoryStore(this);
    if (it->demo) {
        if (!m_demoHistoryDir)
            m_demoHistoryDir = std::make_unique<QTemporaryDir>();
        store->setDirectory(m_demoHistoryDir->path());
    }
    // How long and how much history to keep, how often to poll: Preferences.
    const ClusterSettings settings = ClusterSettings::load();
    applySettings(settings, connection, store);
    QString historyError;
    if (store->open(history::HistoryStore::clusterKey(it->context.name, it->context.server),
                    &historyError)) {
        m_histories.insert(id, store);
        m_recorders.insert(id, new history::HistoryRecorder(connection, store, advisor, this));
    } else {
        qWarning("maestro: history unavailable for %s: %s", qPrintable(id),
                 qPrintable(historyError));
        delete store;
    }
    connect(connection, &kube::ClusterConnection::stateChanged, this,
            [this, id] { Q_EMIT connectionStateChanged(id); });
    connect(connection, &kube::ClusterConnection::synced, this,
            [this, id] { Q_EMIT connectionStateChanged(id); });
    Q_EMIT connectionOpened(id, connection);
    if (it->demo) {
        connection->open();
        return connection;
    }
    // A token kept in the keychain from an earlier run comes first.
    const QString key = keychainKey(*it);
    const quint64 request = m_credentials->read(key);
    QPointer<kube::ClusterConnection> guard(connection);
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn =
        connect(m_credentials, &CredentialStore::finished, this,
                [guard, request, conn](const CredentialStore::Result &result) {
                    if (result.requestId != request)
                        return;
                    QObject::disconnect(*conn);
                    if (!guard)
                        return;
                    if (result.status == CredentialStore::Status::Ok && !result.secret.isEmpty())
                        guard->client()->setBearerToken(result.secret);
                    guard->open();
                });
    return connection;
}

void ClusterRegistry::setToken(const QString &id, const QByteArray &token, bool keep)
{
    const ClusterEntry *e = entry(id);
    kube::ClusterConnection *c = connection(id);
    if (!e || !c)
        return;
    c->useToken(token);
    if (keep)
        m_credentials->write(keychainKey(*e), token);
}

void ClusterRegistry::applySettings(const ClusterSettings &settings,
                                    kube::ClusterConnection *connection,
                                    history::HistoryStore *store)
{
    connection->metrics()->setInterval(settings.metricsIntervalSeconds * 1000);
    connection->etcd()->setInterval(settings.etcdLogIntervalSeconds * 1000);
    if (store) {
        store->setRetentionDays(settings.historyRetentionDays);
        store->setMaxSizeMb(settings.historyMaxSizeMb);
    }
}

void ClusterRegistry::reloadSettings()
{
    const ClusterSettings settings = ClusterSettings::load();
    const advisor::AdvisorSettings thresholds = advisor::AdvisorSettings::load();
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        applySettings(settings, it.value(), m_histories.value(it.key()));
        if (advisor::Advisor *advisor = m_advisors.value(it.key()))
            advisor->setSettings(thresholds);
    }
}

} // namespace maestro
