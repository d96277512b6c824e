// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/api/FaultInjector.h"
#include "sim/http/HttpServer.h"
#include "sim/store/ObjectStore.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <list>
#include <memory>

namespace maestro::sim {

class SimCluster;
struct ResourceType;
class Selector;

struct ApiOptions
{
    QString bearerToken;   ///< empty: no authentication
    QString serverAddress; ///< "127.0.0.1:6443", for /api
    int defaultWatchTimeoutSeconds = 1800;
    int bookmarkIntervalMs = 5000;
};

/**
 * The Kubernetes API in front of the simulated cluster: discovery, list (with
 * pagination and selectors), get, watch (resumable, with bookmarks and 410
 * Expired), server-side Tables for kubectl, the scale subresources, pod logs,
 * metrics.k8s.io, patches (JSON, merge and strategic merge), graceful deletion, the
 * eviction subresource, and errors as Status objects.
 */
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(ObjectStore *store, SimCluster *cluster, ApiOptions options,
              QObject *parent = nullptr);
    ~ApiServer() override;

    void setFaults(const FaultSpec &faults);
    /// The HttpServer handler. Without `withFaults` the request (and a watch it opens)
    /// sees the API as it is: a fault-free listener for comparisons.
    void handle(const HttpRequest &request, HttpResponder *responder, bool withFaults = true);
    int openWatchCount() const;
    /// Faults injected so far, by kind (also served at GET /debug/faults).
    QMap<QString, qint64> faultCounts() const { return m_faults.counts(); }
    /// True while a `hang` fault keeps the server silent.
    bool isHung() const { return m_hung; }

private:
    struct Watch;
    struct Route;

    void dispatch(const HttpRequest &request, HttpResponder *responder);
    bool authenticate(const HttpRequest &request) const;
    void serveOpenApi(const QString &path, HttpResponder *responder);
    void serveDiscovery(const HttpRequest &request, HttpResponder *responder, const Route &route);
    void serveList(const HttpRequest &request, HttpResponder *responder, const Route &route);
    void serveGet(const HttpRequest &request, HttpResponder *responder, const Route &route);
    void serveWatch(const HttpRequest &request, HttpResponder *responder, const Route &route);
    void serveMetrics(const HttpRequest &request, HttpResponder *responder, const Route &route);
    void serveScale(const HttpRequest &request, HttpResponder *responder, const Route &route);
    void serveLog(const HttpRequest &request, HttpResponder *responder, const Route &route);
    void serveCreate(const HttpRequest &request, HttpResponder *responder, const Route &route);
    void servePatch(const HttpRequest &request, HttpResponder *responder, const Route &route);
    void serveDelete(const HttpRequest &request, HttpResponder *responder, const Route &route);
    void serveEviction(const HttpRequest &request, HttpResponder *responder, const Route &route);

    void onStoreChanged(const StoreEvent &event);
    void sendWatchEvent(Watch &watch, const char *type, const StoredObject &object);
    void closeWatch(Watch *watch);
    void sendBookmarks();
    void injectWatchFaults();
    /// Pre-answer faults (hang, 429, 503, 500); true when the request was taken care of.
    bool injectRequestFaults(const HttpRequest &request, HttpResponder *responder, bool isWatch);
    AnswerFault drawAnswerFault();
    void hang();
    void endHang();
    void writeWatchLine(Watch &watch, const QByteArray &line);

    QByteArray tableFor(const ResourceType &type, const std::vector<StoredObjectPtr> &objects,
                        const QString &includeObject, qint64 resourceVersion,
                        const QString &continueToken, bool withColumns) const;

    ObjectStore *m_store;
    SimCluster *m_cluster;
    ApiOptions m_options;
    FaultInjector m_faults;
    std::list<std::unique_ptr<Watch>> m_watches;
    QTimer m_bookmarkTimer;
    QTimer m_faultTimer;
    QTimer m_hangTimer;
    bool m_hung = false;
    bool m_dispatchWithFaults = true; ///< whether the request being dispatched may see faults
    /// Requests that arrived while the server hung: dispatched when it wakes up.
    std::vector<std::pair<HttpRequest, QPointer<HttpResponder>>> m_heldRequests;
    bool m_sweepQueued = false;
};

/// A Kubernetes Status object ("kind":"Status") as bytes.
QByteArray statusJson(int code, const QString &reason, const QString &message,
                      const QJsonObject &details = {});
/// Kubernetes' HumanDuration: "45s", "5m2s", "3h", "12d".
QString humanDuration(qint64 seconds);

} // namespace maestro::sim
