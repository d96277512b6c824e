// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/api/ApiServer.h"

#include "sim/api/Patches.h"
#include "sim/api/ResourceCatalog.h"
#include "sim/api/Selectors.h"
#include "sim/cluster/SimCluster.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <map>

Q_LOGGING_CATEGORY(lcApi, "maestro.sim.api")

namespace maestro::sim {

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList supportedFieldSelectors(const QString &plural)
{
    QStringList common{QStringLiteral("metadata.name"), QStringLiteral("metadata.namespace")};
    if (plural == u"pods")
        common << QStringLiteral("spec.nodeName") << QStringLiteral("status.phase")
               << QStringLiteral("spec.schedulerName") << QStringLiteral("spec.serviceAccountName")
               << QStringLiteral("spec.restartPolicy") << QStringLiteral("status.podIP")
               << QStringLiteral("status.nominatedNodeName");
    else if (plural == u"nodes")
        common << QStringLiteral("spec.unschedulable");
    else if (plural == u"events")
        common << QStringLiteral("involvedObject.kind") << QStringLiteral("involvedObject.name")
               << QStringLiteral("involvedObject.namespace") << QStringLiteral("involvedObject.uid")
               << QStringLiteral("involvedObject.apiVersion") << QStringLiteral("reason")
               << QStringLiteral("type") << QStringLiteral("source")
               << QStringLiteral("reportingComponent");
    else if (plural == u"namespaces")
        common << QStringLiteral("status.phase");
    return common;
}

QString encodeContinue(qint64 resourceVersion, const QString &lastKey)
{
    const QJsonObject token{{QStringLiteral("v"), QStringLiteral("meta.k8s.io/v1")},
                            {QStringLiteral("rv"), double(resourceVersion)},
                            {QStringLiteral("start"), QString(lastKey + QChar(0))}};
    return QString::fromLatin1(
        compact(token).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeContinue(const QString &text, qint64 *resourceVersion, QString *startKey)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    QJsonParseError error{};
    const QJsonObject token = QJsonDocument::fromJson(*decoded, &error).object();
    if (error.error != QJsonParseError::NoError || !token.value(QLatin1String("rv")).isDouble())
        return false;
    *resourceVersion = qint64(token.value(QLatin1String("rv")).toDouble());
    *startKey = token.value(QLatin1String("start")).toString();
    return *resourceVersion > 0;
}

/// Replaces the {"$age": timestamp} cells with the age as the API server prints it.
QJsonArray cellsWithAges(const QJsonArray &cells, const QDateTime &now)
{
    QJsonArray out = cells;
    for (int i = 0; i < out.size(); ++i) {
        if (!out.at(i).isObject())
            continue;
        const QDateTime time = QDateTime::fromString(
            out.at(i).toObject().value(QLatin1String("$age")).toString(), Qt::ISODate);
        out[i] = time.isValid() ? humanDuration(time.secsTo(now)) : QStringLiteral("<unknown>");
    }
    return out;
}

/// A boolean query parameter as the API server reads it (Convert_Slice_string_To_bool):
/// absent, "0" and "false" in any case are false, anything else, "" and "True" included,
/// is true. Clients differ: kubectl sends "true", the Python client "True".
bool queryBool(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return false;
    const QString value = query.queryItemValue(name);
    return value != u"0" && value.compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
}

bool wantsTable(const HttpRequest &request)
{
    return request.header("accept").contains("as=Table");
}

QByteArray watchEventLine(const char *type, const QByteArray &object)
{
    return QByteArrayLiteral("{\"type\":\"") + type + QByteArrayLiteral("\",\"object\":") + object +
           QByteArrayLiteral("}\n");
}

/// The path under /openapi/v3/ of a group/version: "api/v1", "apis/G/V".
QString openApiGroupVersionPath(const QString &groupVersion)
{
    return groupVersion.contains(u'/') ? QStringLiteral("apis/") + groupVersion
                                       : QStringLiteral("api/") + groupVersion;
}

QJsonObject openApiParameter(const char *name, const char *in, const char *description)
{
    QJsonObject parameter{
        {QStringLiteral("name"), QLatin1String(name)},
        {QStringLiteral("in"), QLatin1String(in)},
        {QStringLiteral("description"), QLatin1String(description)},
        {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                               {QStringLiteral("uniqueItems"), true}}}};
    if (QByteArrayView(in) == "path")
        parameter.insert(QStringLiteral("required"), true);
    return parameter;
}

/**
 * The OpenAPI v3 document of one group/version: operations only, no schemas. kubectl
 * reads it before create/apply/replace to learn whether the server validates fields
 * itself (a "fieldValidation" query parameter on the kind's PATCH operation); without
 * it `kubectl create -f` fails with "failed to download openapi".
 */
QJsonObject openApiDocument(const QString &groupVersion)
{
    QJsonObject paths;
    for (const ResourceType &t : ResourceCatalog::instance().all()) {
        if (t.groupVersion() != groupVersion || t.live)
            continue;
        const QString collection =
            u'/' + openApiGroupVersionPath(groupVersion) +
            (t.namespaced ? QStringLiteral("/namespaces/{namespace}/") : QStringLiteral("/")) +
            t.plural;
        const QJsonObject gvk{{QStringLiteral("group"), t.group},
                              {QStringLiteral("version"), t.version},
                              {QStringLiteral("kind"), t.kind}};
        const QJsonObject fieldValidation = openApiParameter(
            "fieldValidation", "query",
            "fieldValidation instructs the server on how to handle objects in the request "
            "containing unknown or duplicate fields.");
        const QJsonObject fieldManager =
            openApiParameter("fieldManager", "query", "fieldManager is a name of the actor.");
        const QJsonObject dryRun = openApiParameter(
            "dryRun", "query", "When present, modifications should not be persisted.");
        auto operation = [&](const QString &verb, const QJsonArray &parameters) {
            return QJsonObject{
                {QStringLiteral("operationId"), verb + t.kind},
                {QStringLiteral("parameters"), parameters},
                {QStringLiteral("responses"),
                 QJsonObject{{QStringLiteral("200"),
                              QJsonObject{{QStringLiteral("description"), QStringLiteral("OK")}}}}},
                {QStringLiteral("x-kubernetes-action"), verb},
                {QStringLiteral("x-kubernetes-group-version-kind"), gvk}};
        };
        QJsonArray pathParameters;
        if (t.namespaced)
            pathParameters.append(
                openApiParameter("namespace", "path", "object name and auth scope"));
        QJsonObject collectionPath{{QStringLiteral("parameters"), pathParameters}};
        if (t.verbs.contains(u"list"))
            collectionPath.insert(QStringLiteral("get"), operation(QStringLiteral("list"), {}));
        if (t.verbs.contains(u"create"))
            collectionPath.insert(QStringLiteral("post"),
                                  operation(QStringLiteral("post"),
                                            QJsonArray{dryRun, fieldManager, fieldValidation}));
        pathParameters.append(openApiParameter("name", "path", "name of the object"));
        QJsonObject itemPath{{QStringLiteral("parameters"), pathParameters}};
        if (t.verbs.contains(u"get"))
            itemPath.insert(QStringLiteral("get"), operation(QStringLiteral("get"), {}));
        if (t.verbs.contains(u"patch"))
            itemPath.insert(QStringLiteral("patch"),
                            operation(QStringLiteral("patch"),
                                      QJsonArray{dryRun, fieldManager, fieldValidation}));
        if (t.verbs.contains(u"update"))
            itemPath.insert(QStringLiteral("put"),
                            operation(QStringLiteral("put"),
                                      QJsonArray{dryRun, fieldManager, fieldValidation}));
        paths.insert(collection, collectionPath);
        paths.insert(collection + QStringLiteral("/{name}"), itemPath);
    }
    return {
        {QStringLiteral("openapi"), QStringLiteral("3.0.0")},
        {QStringLiteral("info"),
         QJsonObject{{QStringLiteral("title"), QStringLiteral("Kubernetes")},
                     {QStringLiteral("version"), QStringLiteral("v1.30.2")}}},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"), QJsonObject{{QStringLiteral("schemas"), QJsonObject()}}}};
}
/// A request body that may be empty (DELETE) or must be a JSON object.
std::optional<QJsonObject> optionalObjectBody(const QByteArray &body, QString *error)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? QStringLiteral("json parse error: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset)
                     : QStringLiteral("the body must be a JSON object");
        return std::nullopt;
    }
    return document.object();
}

QString conflictMessage(const ResourceType &type, const QString &name)
{
    return QStringLiteral("Operation cannot be fulfilled on %1 \"%2\": the object has been "
                          "modified; please apply your changes to the latest version and try "
                          "again")
        .arg(type.storeName(), name);
}

QJsonObject objectDetails(const ResourceType &type, const QString &name)
{
    QJsonObject details{{QStringLiteral("name"), name}, {QStringLiteral("kind"), type.plural}};
    if (!type.group.isEmpty())
        details.insert(QStringLiteral("group"), type.group);
    return details;
}

QByteArray notFoundJson(const ResourceType &type, const QString &name)
{
    return statusJson(404, QStringLiteral("NotFound"),
                      QStringLiteral("%1 \"%2\" not found").arg(type.storeName(), name),
                      objectDetails(type, name));
}

QByteArray methodNotAllowedJson()
{
    return statusJson(
        405, QStringLiteral("MethodNotAllowed"),
        QStringLiteral("the server does not allow this method on the requested resource"));
}

void respondWith(HttpResponder *responder, const ClusterResult &result)
{
    if (result.ok())
        responder->respond(result.httpStatus, kJson, compact(result.object));
    else
        responder->respond(
            result.httpStatus, kJson,
            statusJson(result.httpStatus, result.reason, result.message, result.details));
}

} // namespace

QByteArray statusJson(int code, const QString &reason, const QString &message,
                      const QJsonObject &details)
{
    QJsonObject status{{QStringLiteral("kind"), QStringLiteral("Status")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("metadata"), QJsonObject()},
                       {QStringLiteral("status"), QStringLiteral("Failure")},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("code"), code}};
    if (!details.isEmpty())
        status.insert(QStringLiteral("details"), details);
    return compact(status);
}

QString humanDuration(qint64 seconds)
{
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    if (seconds < 0)
        return QStringLiteral("0s");
    if (seconds < 60 * 2)
        return QStringLiteral("%1s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 10) {
        const qint64 s = seconds % 60;
        return s == 0 ? QStringLiteral("%1m").arg(minutes)
                      : QStringLiteral("%1m%2s").arg(minutes).arg(s);
    }
    if (minutes < 60 * 3)
        return QStringLiteral("%1m").arg(minutes);
    const qint64 hours = seconds / 3600;
    if (hours < 8) {
        const qint64 m = minutes % 60;
        return m == 0 ? QStringLiteral("%1h").arg(hours)
                      : QStringLiteral("%1h%2m").arg(hours).arg(m);
    }
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    if (hours < 24 * 8) {
        const qint64 h = hours % 24;
        return h == 0 ? QStringLiteral("%1d").arg(hours / 24)
                      : QStringLiteral("%1d%2h").arg(hours / 24).arg(h);
    }
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1d").arg(hours / 24);
    if (hours < 24 * 365 * 8) {
        const qint64 dy = (hours / 24) % 365;
        return dy == 0 ? QStringLiteral("%1y").arg(hours / 24 / 365)
                       : QStringLiteral("%1y%2d").arg(hours / 24 / 365).arg(dy);
    }
    return QStringLiteral("%1y").arg(hours / 24 / 365);
}

// --- Routing -------------------------------------------------------------------------

struct ApiServer::Route
{
    QString group;
    QString version;
    bool discovery = false; ///< /api/v1 or /apis/G/V themselves
    const ResourceType *type = nullptr;
    QString namespace_;
    QString name;
    QString subresource;
    bool namespaceObject = false; ///< /api/v1/namespaces/NAME
};

struct ApiServer::Watch
{
    QPointer<HttpResponder> responder;
    const ResourceType *type = nullptr;
    QString namespace_;
    QString name; ///< a fieldSelector of metadata.name= narrows to one object
    std::optional<Selector> labels;
    std::optional<Selector> fields;
    bool table = false;
    bool firstTableEvent = true;
    QString includeObject;
    bool bookmarks = false;
    QPointer<QTimer> deadline; ///< a child of the responder: gone with the connection
    bool closed = false;       ///< closed; erased from m_watches soon (see closeWatch())
    qint64 lastVersion = 0;
    bool logFollow = false;
    QString logPod;
    bool logTimestamps = false;
    bool faults = true;     ///< opened through the faulty listener
    QByteArrayList held;    ///< lines written while the server hangs
    QByteArray replayLater; ///< a line to send again after the next one (reorder)
};

ApiServer::ApiServer(ObjectStore *store, SimCluster *cluster, ApiOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_cluster(cluster)
    , m_options(std::move(options))
    , m_faults(cluster->options().seed + 7)
{
    connect(m_store, &ObjectStore::changed, this, &ApiServer::onStoreChanged);
    connect(m_cluster, &SimCluster::logAppended, this,
            [this](const QString &ns, const QString &pod, const LogLine &line) {
                const QString key = ns + u'/' + pod;
                for (auto &watch : m_watches) {
                    if (!watch->logFollow || watch->logPod != key || !watch->responder)
                        continue;
                    QByteArray text = line.text + '\n';
                    if (watch->logTimestamps)
                        text.prepend(
                            line.time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000000Z "))
                                .toLatin1());
                    watch->responder->writeChunk(text);
                }
            });
    m_bookmarkTimer.setInterval(m_options.bookmarkIntervalMs);
    connect(&m_bookmarkTimer, &QTimer::timeout, this, &ApiServer::sendBookmarks);
    m_bookmarkTimer.start();
    m_faultTimer.setInterval(1000);
    connect(&m_faultTimer, &QTimer::timeout, this, &ApiServer::injectWatchFaults);
    m_hangTimer.setSingleShot(true);
    connect(&m_hangTimer, &QTimer::timeout, this, &ApiServer::endHang);
}

ApiServer::~ApiServer()
{
    for (auto &watch : m_watches) {
        if (watch->responder)
            watch->responder->disconnect(this);
    }
}

int ApiServer::openWatchCount() const
{
    return int(std::count_if(m_watches.begin(), m_watches.end(),
                             [](const std::unique_ptr<Watch> &w) { return !w->closed; }));
}

void ApiServer::setFaults(const FaultSpec &faults)
{
    m_faults.setSpec(faults);
    if (faults.probability(QStringLiteral("drop-watch")) > 0)
        m_faultTimer.start();
    else
        m_faultTimer.stop();
    if (m_hung && faults.probability(QStringLiteral("hang")) <= 0) {
        m_hangTimer.stop();
        endHang();
    }
}

bool ApiServer::authenticate(const HttpRequest &request) const
{
    if (m_options.bearerToken.isEmpty())
        return true;
    if (!request.verifiedClientCertificate.isNull())
        return true;
    const QByteArray header = request.header("authorization");
    return header.startsWith("Bearer ") &&
           QString::fromUtf8(header.mid(7).trimmed()) == m_options.bearerToken;
}

void ApiServer::handle(const HttpRequest &request, HttpResponder *responder, bool withFaults)
{
    if (!authenticate(request)) {
        responder->respond(
            401, kJson,
            statusJson(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized")));
        return;
    }
    if (request.path == u"/debug/faults") {
        // What was injected so far; never itself subject to a fault.
        QJsonObject counts;
        const QMap<QString, qint64> injected = m_faults.counts();
        for (auto it = injected.cbegin(); it != injected.cend(); ++it)
            counts.insert(it.key(), it.value());
        responder->respond(200, kJson,
                           compact({{QStringLiteral("injected"), counts},
                                    {QStringLiteral("total"), m_faults.total()},
                                    {QStringLiteral("hung"), m_hung}}));
        return;
    }
    if (request.path == u"/debug/pause" && request.method == "POST") {
        // Stops the simulated clock for good: nothing in the cluster changes any more, so a
        // test can compare a client's stores with the server without racing the
        // scenario's own dynamics. Faults go on.
        m_cluster->stop();
        responder->respond(200, kJson, compact({{QStringLiteral("paused"), true}}));
        return;
    }
    if (request.path == u"/debug/churn" && request.method == "POST") {
        // Ends (or changes) --churn (`rate`) and --churn-pods (`pods`), so that a test can
        // compare a quiet cluster or a benchmark can choose its load.
        QJsonObject answer;
        for (const char *name : {"rate", "pods"}) {
            const QString parameter = QLatin1String(name);
            if (!request.query.hasQueryItem(parameter))
                continue;
            bool ok = false;
            const double rate = request.query.queryItemValue(parameter).toDouble(&ok);
            if (!ok || rate < 0) {
                responder->respond(400, kJson,
                                   statusJson(400, QStringLiteral("BadRequest"),
                                              QStringLiteral("%1 wants a number of changes a "
                                                             "second")
                                                  .arg(parameter)));
                return;
            }
            answer.insert(parameter, rate);
        }
        if (answer.isEmpty()) {
            responder->respond(400, kJson,
                               statusJson(400, QStringLiteral("BadRequest"),
                                          QStringLiteral("rate or pods wants a number of "
                                                         "changes a second")));
            return;
        }
        if (answer.contains(QLatin1String("rate")))
            m_cluster->setChurnRate(answer.value(QLatin1String("rate")).toDouble());
        if (answer.contains(QLatin1String("pods")))
            m_cluster->setPodChurnRate(answer.value(QLatin1String("pods")).toDouble());
        responder->respond(200, kJson, compact(answer));
        return;
    }
    const bool isWatch = queryBool(request.query, QStringLiteral("watch")) ||
                         queryBool(request.query, QStringLiteral("follow"));
    if (withFaults) {
        if (injectRequestFaults(request, responder, isWatch))
            return;
        if (!isWatch) {
            const AnswerFault fault = drawAnswerFault();
            if (fault != AnswerFault::None)
                responder = new FaultyResponder(responder, fault, &m_faults);
        }
    }
    int delay = isWatch ? 0 : m_cluster->apiDelayMs();
    if (withFaults)
        delay += m_faults.extraLatencyMs();
    auto run = [this, request, withFaults](HttpResponder *target) {
        m_dispatchWithFaults = withFaults;
        dispatch(request, target);
        m_dispatchWithFaults = true;
    };
    if (delay <= 1) {
        run(responder);
        return;
    }
    // The request waits its turn, as behind a busy API server.
    QPointer<HttpResponder> guard(responder);
    QTimer::singleShot(delay, this, [run, guard] {
        if (guard)
            run(guard);
    });
}

bool ApiServer::injectRequestFaults(const HttpRequest &request, HttpResponder *responder,
                                    bool isWatch)
{
    if (m_hung || m_faults.roll(QStringLiteral("hang"))) {
        if (!m_hung)
            hang();
        m_heldRequests.emplace_back(request, QPointer<HttpResponder>(responder));
        return true;
    }
    if (m_faults.roll(QStringLiteral("throttle"))) {
        responder->respond(429, kJson,
                           statusJson(429, QStringLiteral("TooManyRequests"),
                                      QStringLiteral("Too many requests, please try again later.")),
                           {{"Retry-After", "1"}});
        return true;
    }
    if (m_faults.roll(QStringLiteral("error503"))) {
        responder->respond(503, kJson,
                           statusJson(503, QStringLiteral("ServiceUnavailable"),
                                      QStringLiteral("the server is currently unable to handle "
                                                     "the request")));
        return true;
    }
    // A 500 before the request was carried out; drawAnswerFault() has the one after.
    if ((isWatch || request.method == "GET" || m_faults.position(2) == 0) &&
        m_faults.roll(QStringLiteral("error500"))) {
        responder->respond(500, kJson,
                           statusJson(500, QStringLiteral("InternalError"),
                                      QStringLiteral("Internal error occurred: etcdserver: "
                                                     "leader changed")));
        return true;
    }
    return false;
}

AnswerFault ApiServer::drawAnswerFault()
{
    if (m_faults.roll(QStringLiteral("drop-response")))
        return AnswerFault::Drop;
    if (m_faults.roll(QStringLiteral("slow")))
        return AnswerFault::Slow;
    if (m_faults.roll(QStringLiteral("truncate")))
        return AnswerFault::Truncate;
    if (m_faults.roll(QStringLiteral("malformed")))
        return AnswerFault::Malformed;
    if (m_faults.roll(QStringLiteral("error500")))
        return AnswerFault::Error500;
    return AnswerFault::None;
}

void ApiServer::hang()
{
    const int ms = m_faults.hangMs();
    qCDebug(lcApi) << "fault: the server hangs for" << ms << "ms";
    m_hung = true;
    m_hangTimer.start(ms);
}

void ApiServer::endHang()
{
    m_hung = false;
    for (auto &watch : m_watches) {
        const QByteArrayList lines = std::exchange(watch->held, {});
        for (const QByteArray &line : lines) {
            if (watch->responder)
                watch->responder->writeChunk(line);
        }
    }
    // Answered late, in the order they came, unless their client has given up.
    auto held = std::exchange(m_heldRequests, {});
    for (auto &[request, responder] : held) {
        if (!responder)
            continue;
        HttpResponder *target = responder;
        const AnswerFault fault = queryBool(request.query, QStringLiteral("watch"))
                                      ? AnswerFault::None
                                      : drawAnswerFault();
        if (fault != AnswerFault::None)
            target = new FaultyResponder(target, fault, &m_faults);
        dispatch(request, target);
    }
}

void ApiServer::dispatch(const HttpRequest &request, HttpResponder *responder)
{
    const QString path = request.path.endsWith(u'/') && request.path.size() > 1
                             ? request.path.chopped(1)
                             : request.path;
    auto notFound = [&] {
        responder->respond(
            404, kJson,
            statusJson(404, QStringLiteral("NotFound"),
                       QStringLiteral("the server could not find the requested resource")));
    };
    if (path == u"/version") {
        responder->respond(
            200, kJson,
            compact({{QStringLiteral("major"), QStringLiteral("1")},
                     {QStringLiteral("minor"), QStringLiteral("30")},
                     {QStringLiteral("gitVersion"), QStringLiteral("v1.30.2")},
                     {QStringLiteral("gitCommit"),
                      QStringLiteral("39683505b630ff2121012f3c5b16215a1449d5ed")},
                     {QStringLiteral("gitTreeState"), QStringLiteral("clean")},
                     {QStringLiteral("buildDate"), QStringLiteral("2024-06-11T20:21:00Z")},
                     {QStringLiteral("goVersion"), QStringLiteral("go1.22.4")},
                     {QStringLiteral("compiler"), QStringLiteral("gc")},
                     {QStringLiteral("platform"), QStringLiteral("linux/amd64")}}));
        return;
    }
    if (path == u"/openapi/v3" || path.startsWith(u"/openapi/v3/")) {
        serveOpenApi(path, responder);
        return;
    }
    if (path == u"/healthz" || path == u"/livez" || path == u"/readyz") {
        responder->respond(200, "text/plain; charset=utf-8", "ok");
        return;
    }
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    Route route;
    int rest = 0;
    if (segments.value(0) == u"api") {
        if (segments.size() == 1) {
            responder->respond(
                200, kJson,
                compact({{QStringLiteral("kind"), QStringLiteral("APIVersions")},
                         {QStringLiteral("versions"), QJsonArray{QStringLiteral("v1")}},
                         {QStringLiteral("serverAddressByClientCIDRs"),
                          QJsonArray{QJsonObject{
                              {QStringLiteral("clientCIDR"), QStringLiteral("0.0.0.0/0")},
                              {QStringLiteral("serverAddress"), m_options.serverAddress}}}}}));
            return;
        }
        if (segments.value(1) != u"v1")
            return notFound();
        route.version = QStringLiteral("v1");
        rest = 2;
    } else if (segments.value(0) == u"apis") {
        if (segments.size() == 1) {
            QJsonArray groups;
            for (const QString &gv : ResourceCatalog::instance().groupVersions()) {
                if (!gv.contains(u'/'))
                    continue;
                const QJsonObject version{{QStringLiteral("groupVersion"), gv},
                                          {QStringLiteral("version"), gv.section(u'/', 1)}};
                groups.append(QJsonObject{{QStringLiteral("name"), gv.section(u'/', 0, 0)},
                                          {QStringLiteral("versions"), QJsonArray{version}},
                                          {QStringLiteral("preferredVersion"), version}});
            }
            responder->respond(200, kJson,
                               compact({{QStringLiteral("kind"), QStringLiteral("APIGroupList")},
                                        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                        {QStringLiteral("groups"), groups}}));
            return;
        }
        route.group = segments.value(1);
        if (segments.size() == 2) {
            // /apis/GROUP: an APIGroup.
            const QStringList gvs = ResourceCatalog::instance().groupVersions();
            for (const QString &gv : gvs) {
                if (gv.section(u'/', 0, 0) == route.group && gv.contains(u'/')) {
                    const QJsonObject version{{QStringLiteral("groupVersion"), gv},
                                              {QStringLiteral("version"), gv.section(u'/', 1)}};
                    responder->respond(
                        200, kJson,
                        compact({{QStringLiteral("kind"), QStringLiteral("APIGroup")},
                                 {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                                 {QStringLiteral("name"), route.group},
                                 {QStringLiteral("versions"), QJsonArray{version}},
                                 {QStringLiteral("preferredVersion"), version}}));
                    return;
                }
            }
            return notFound();
        }
        route.version = segments.value(2);
        rest = 3;
        if (!ResourceCatalog::instance().groupVersions().contains(route.group + u'/' +
                                                                  route.version))
            return notFound();
    } else {
        return notFound();
    }
    const QStringList r = segments.mid(rest);
    if (r.isEmpty()) {
        route.discovery = true;
        serveDiscovery(request, responder, route);
        return;
    }
    const ResourceCatalog &catalog = ResourceCatalog::instance();
    if (r.value(0) == u"namespaces" && r.size() >= 3) {
        route.namespace_ = r.value(1);
        route.type = catalog.find(route.group, route.version, r.value(2));
        route.name = r.value(3);
        route.subresource = r.value(4);
        if (!route.type || !route.type->namespaced || r.size() > 5)
            return notFound();
    } else {
        route.type = catalog.find(route.group, route.version, r.value(0));
        route.name = r.value(1);
        route.subresource = r.value(2);
        if (!route.type || r.size() > 3)
            return notFound();
        if (route.type->plural == u"namespaces" && !route.name.isEmpty())
            route.namespaceObject = true;
    }
    if (!route.subresource.isEmpty() && !route.type->subresources.contains(route.subresource))
        return notFound();

    const QByteArray method = request.method;
    const bool watch = queryBool(request.query, QStringLiteral("watch"));
    if (route.type->live) {
        if (method != "GET")
            return responder->respond(
                405, kJson,
                statusJson(405, QStringLiteral("MethodNotAllowed"),
                           QStringLiteral(
                               "the server does not allow this method on the requested resource")));
        serveMetrics(request, responder, route);
        return;
    }
    if (route.subresource == u"eviction") {
        serveEviction(request, responder, route);
        return;
    }
    const bool itemPatch = method == "PATCH" && route.subresource.isEmpty();
    if ((method == "POST" || method == "PUT" || (method == "PATCH" && !itemPatch)) &&
        request.query.hasQueryItem(QStringLiteral("dryRun"))) {
        // Better a clear refusal than a dry run that changes the cluster.
        responder->respond(
            400, kJson,
            statusJson(400, QStringLiteral("BadRequest"),
                       QStringLiteral("dryRun is not supported by the simulated cluster for this "
                                      "request")));
        return;
    }
    if (route.subresource == u"scale") {
        serveScale(request, responder, route);
        return;
    }
    if (route.subresource == u"log") {
        if (method != "GET")
            return notFound();
        serveLog(request, responder, route);
        return;
    }
    if (method == "GET") {
        if (watch)
            serveWatch(request, responder, route);
        else if (route.name.isEmpty())
            serveList(request, responder, route);
        else
            serveGet(request, responder, route);
        return;
    }
    if (method == "POST" && route.name.isEmpty()) {
        serveCreate(request, responder, route);
        return;
    }
    if (method == "PATCH" && !route.name.isEmpty() && route.subresource.isEmpty() &&
        !route.namespaceObject) {
        servePatch(request, responder, route);
        return;
    }
    if (method == "DELETE" && !route.name.isEmpty() && route.subresource.isEmpty() &&
        !route.namespaceObject) {
        serveDelete(request, responder, route);
        return;
    }
    responder->respond(
        405, kJson,
        statusJson(
            405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("the server does not allow this method on the requested resource")));
}

void ApiServer::serveOpenApi(const QString &path, HttpResponder *responder)
{
    const QStringList groupVersions = ResourceCatalog::instance().groupVersions();
    if (path == u"/openapi/v3") {
        // The index: one entry per group/version, its URL carrying a hash of the
        // document, so clients cache it until it changes.
        QJsonObject paths;
        for (const QString &gv : groupVersions) {
            const QByteArray document = compact(openApiDocument(gv));
            const QByteArray hash =
                QCryptographicHash::hash(document, QCryptographicHash::Sha512).toHex().toUpper();
            paths.insert(openApiGroupVersionPath(gv),
                         QJsonObject{{QStringLiteral("serverRelativeURL"),
                                      QStringLiteral("/openapi/v3/") + openApiGroupVersionPath(gv) +
                                          QStringLiteral("?hash=") + QString::fromLatin1(hash)}});
        }
        responder->respond(200, kJson, compact({{QStringLiteral("paths"), paths}}));
        return;
    }
    const QString wanted = path.mid(int(qstrlen("/openapi/v3/")));
    for (const QString &gv : groupVersions) {
        if (openApiGroupVersionPath(gv) == wanted) {
            responder->respond(200, kJson, compact(openApiDocument(gv)));
            return;
        }
    }
    responder->respond(
        404, kJson,
        statusJson(404, QStringLiteral("NotFound"),
                   QStringLiteral("the server could not find the requested resource")));
}

// --- Discovery -------------------------------------------------------------------------

void ApiServer::serveDiscovery(const HttpRequest &, HttpResponder *responder, const Route &route)
{
    const ResourceCatalog &catalog = ResourceCatalog::instance();
    {
        QJsonArray resources;
        for (const ResourceType &t : catalog.all()) {
            if (t.group != route.group || t.version != route.version)
                continue;
            QJsonObject entry{{QStringLiteral("name"), t.plural},
                              {QStringLiteral("singularName"), t.singular},
                              {QStringLiteral("namespaced"), t.namespaced},
                              {QStringLiteral("kind"), t.kind},
                              {QStringLiteral("verbs"), QJsonArray::fromStringList(t.verbs)}};
            if (!t.shortNames.isEmpty())
                entry.insert(QStringLiteral("shortNames"),
                             QJsonArray::fromStringList(t.shortNames));
            if (t.group == u"cluster.x-k8s.io" || t.group == u"controlplane.cluster.x-k8s.io")
                entry.insert(QStringLiteral("categories"),
                             QJsonArray{QStringLiteral("cluster-api")});
            resources.append(entry);
            for (const QString &sub : t.subresources) {
                QJsonObject subEntry{{QStringLiteral("name"), QString(t.plural + u'/' + sub)},
                                     {QStringLiteral("singularName"), QString()},
                                     {QStringLiteral("namespaced"), bool(t.namespaced)}};
                if (sub == u"eviction") {
                    // kubectl drain evicts only when discovery names the Eviction's group
                    // and version here; without them it falls back to DELETE.
                    subEntry.insert(QStringLiteral("group"), QStringLiteral("policy"));
                    subEntry.insert(QStringLiteral("version"), QStringLiteral("v1"));
                    subEntry.insert(QStringLiteral("kind"), QStringLiteral("Eviction"));
                    subEntry.insert(QStringLiteral("verbs"), QJsonArray{QStringLiteral("create")});
                } else if (sub == u"scale") {
                    subEntry.insert(QStringLiteral("group"), QStringLiteral("autoscaling"));
                    subEntry.insert(QStringLiteral("version"), QStringLiteral("v1"));
                    subEntry.insert(QStringLiteral("kind"), QStringLiteral("Scale"));
                    subEntry.insert(QStringLiteral("verbs"),
                                    QJsonArray{QStringLiteral("get"), QStringLiteral("patch"),
                                               QStringLiteral("update")});
                } else {
                    subEntry.insert(QStringLiteral("kind"), t.kind);
                    subEntry.insert(QStringLiteral("verbs"), QJsonArray{QStringLiteral("get")});
                }
                resources.append(subEntry);
            }
        }
        responder->respond(
            200, kJson,
            compact({{QStringLiteral("kind"), QStringLiteral("APIResourceList")},
                     {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                     {QStringLiteral("groupVersion"),
                      route.group.isEmpty() ? route.version : route.group + u'/' + route.version},
                     {QStringLiteral("resources"), resources}}));
        return;
    }
}

// --- Lists and gets --------------------------------------------------------------------

QByteArray ApiServer::tableFor(const ResourceType &type,
                               const std::vector<StoredObjectPtr> &objects,
                               const QString &includeObject, qint64 resourceVersion,
                               const QString &continueToken, bool withColumns) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray out = "{\"kind\":\"Table\",\"apiVersion\":\"meta.k8s.io/"
                     "v1\",\"metadata\":{\"resourceVersion\":\"" +
                     QByteArray::number(resourceVersion) + '"';
    if (!continueToken.isEmpty())
        out += ",\"continue\":\"" + continueToken.toLatin1() + '"';
    out += "},\"columnDefinitions\":";
    out +=
        withColumns ? QJsonDocument(type.columns).toJson(QJsonDocument::Compact) : QByteArray("[]");
    out += ",\"rows\":[";
    bool first = true;
    for (const StoredObjectPtr &object : objects) {
        if (!first)
            out += ',';
        first = false;
        out += "{\"cells\":" +
               QJsonDocument(cellsWithAges(object->tableCells, now)).toJson(QJsonDocument::Compact);
        if (includeObject == u"Object") {
            out += ",\"object\":" + object->json;
        } else if (includeObject != u"None") {
            out += ",\"object\":{\"kind\":\"PartialObjectMetadata\",\"apiVersion\":\"meta.k8s.io/"
                   "v1\",\"metadata\":" +
                   object->metadataJson + '}';
        }
        out += '}';
    }
    out += "]}";
    return out;
}

void ApiServer::serveList(const HttpRequest &request, HttpResponder *responder, const Route &route)
{
    const ResourceType &type = *route.type;
    QString error;
    const auto labels = Selector::parseLabels(
        request.query.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded), &error);
    const auto fields =
        labels ? Selector::parseFields(request.query.queryItemValue(QStringLiteral("fieldSelector"),
                                                                    QUrl::FullyDecoded),
                                       supportedFieldSelectors(type.plural), &error)
               : std::nullopt;
    if (!labels || !fields) {
        responder->respond(400, kJson, statusJson(400, QStringLiteral("BadRequest"), error));
        return;
    }
    bool limitOk = true;
    const QString limitText = request.query.queryItemValue(QStringLiteral("limit"));
    const qint64 limit = limitText.isEmpty() ? 0 : limitText.toLongLong(&limitOk);
    if (!limitOk || limit < 0) {
        responder->respond(400, kJson,
                           statusJson(400, QStringLiteral("BadRequest"),
                                      QStringLiteral("invalid limit: %1").arg(limitText)));
        return;
    }
    qint64 snapshot = m_store->currentResourceVersion();
    QString startKey;
    const QString continueText = request.query.queryItemValue(QStringLiteral("continue"));
    if (!continueText.isEmpty()) {
        if (!decodeContinue(continueText, &snapshot, &startKey)) {
            responder->respond(
                400, kJson,
                statusJson(400, QStringLiteral("BadRequest"),
                           QStringLiteral("continue key is not valid: incorrect encoded start "
                                          "resourceVersion (version meta.k8s.io/v1)")));
            return;
        }
        if (snapshot < m_store->oldestResumableVersion() ||
            (m_dispatchWithFaults && m_faults.roll(QStringLiteral("expire-continue")))) {
            responder->respond(
                410, kJson,
                statusJson(
                    410, QStringLiteral("Expired"),
                    QStringLiteral("The provided continue parameter is too old to display a "
                                   "consistent list result. You can start a new list without "
                                   "the continue parameter, or use the continue token in this "
                                   "response to retrieve the remainder of the results. "
                                   "Continuing with the provided token results in an "
                                   "inconsistent list - objects that were created, modified, "
                                   "or deleted between the time the first chunk was returned "
                                   "and now may show up in the list.")));
            return;
        }
    }
    // Every page shows the cluster as it was at the first page's resourceVersion, as
    // an API server reading etcd at that revision does: objects changed since then are
    // taken as they were (from the history), ones created since are left out, and
    // ones deleted since are still listed. Without that, an object could show up on
    // two pages or on none while the cluster moves.
    const auto &all = m_store->objects(type.storeName());
    const QHash<QString, StoredObjectPtr> then =
        snapshot < m_store->currentResourceVersion()
            ? m_store->versionsAt(type.storeName(), snapshot)
            : QHash<QString, StoredObjectPtr>();
    std::map<QString, StoredObjectPtr> gone; // existed then, changed or deleted since
    for (auto entry = then.begin(); entry != then.end(); ++entry) {
        if (entry.value() && entry.key() >= startKey)
            gone.emplace(entry.key(), entry.value());
    }
    auto it = startKey.isEmpty() ? all.begin() : all.lowerBound(startKey);
    auto old = gone.begin();
    std::vector<StoredObjectPtr> page;
    QString lastKey;
    bool more = false;
    while (it != all.end() || old != gone.end()) {
        QString key;
        StoredObjectPtr object;
        if (it != all.end() && (old == gone.end() || it.key() < old->first)) {
            key = it.key();
            object = *it;
            ++it;
            if (then.contains(key))
                continue; // changed since the snapshot: its old state comes from `gone`
        } else {
            key = old->first;
            object = old->second;
            if (it != all.end() && it.key() == key)
                ++it;
            ++old;
        }
        if (!route.namespace_.isEmpty() && object->namespace_ != route.namespace_)
            continue;
        if (!labels->matches(object->labels) || !fields->matches(object->fields))
            continue;
        if (limit > 0 && qint64(page.size()) == limit) {
            more = true;
            break;
        }
        page.push_back(object);
        lastKey = key;
    }
    const QString nextToken = more ? encodeContinue(snapshot, lastKey) : QString();
    if (wantsTable(request)) {
        responder->respond(200, kJson,
                           tableFor(type, page,
                                    request.query.queryItemValue(QStringLiteral("includeObject")),
                                    snapshot, nextToken, true));
        return;
    }
    qint64 size = 256;
    for (const StoredObjectPtr &object : page)
        size += object->json.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += "{\"kind\":\"" + type.kind.toLatin1() + "List\",\"apiVersion\":\"" +
           type.groupVersion().toLatin1() + "\",\"metadata\":{\"resourceVersion\":\"" +
           QByteArray::number(snapshot) + '"';
    if (more)
        out += ",\"continue\":\"" + nextToken.toLatin1() + '"';
    out += "},\"items\":[";
    for (size_t i = 0; i < page.size(); ++i) {
        if (i)
            out += ',';
        out += page[i]->json;
    }
    out += "]}";
    responder->respond(200, kJson, out);
}

void ApiServer::serveGet(const HttpRequest &request, HttpResponder *responder, const Route &route)
{
    const ResourceType &type = *route.type;
    const QString ns = route.namespaceObject ? QString() : route.namespace_;
    const StoredObjectPtr object = m_store->get(type.storeName(), ns, route.name);
    if (!object) {
        const QString qualified =
            type.group.isEmpty() ? type.plural : type.plural + u'.' + type.group;
        QJsonObject details{{QStringLiteral("name"), route.name},
                            {QStringLiteral("kind"), type.plural}};
        if (!type.group.isEmpty())
            details.insert(QStringLiteral("group"), type.group);
        responder->respond(
            404, kJson,
            statusJson(404, QStringLiteral("NotFound"),
                       QStringLiteral("%1 \"%2\" not found").arg(qualified, route.name), details));
        return;
    }
    if (wantsTable(request)) {
        responder->respond(200, kJson,
                           tableFor(type, {object},
                                    request.query.queryItemValue(QStringLiteral("includeObject")),
                                    object->resourceVersion, {}, true));
        return;
    }
    responder->respond(200, kJson, object->json);
}

// --- Watch -------------------------------------------------------------------------------

void ApiServer::serveWatch(const HttpRequest &request, HttpResponder *responder, const Route &route)
{
    const ResourceType &type = *route.type;
    QString error;
    auto watch = std::make_unique<Watch>();
    watch->labels = Selector::parseLabels(
        request.query.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded), &error);
    if (watch->labels)
        watch->fields = Selector::parseFields(
            request.query.queryItemValue(QStringLiteral("fieldSelector"), QUrl::FullyDecoded),
            supportedFieldSelectors(type.plural), &error);
    if (!watch->labels || !watch->fields) {
        responder->respond(400, kJson, statusJson(400, QStringLiteral("BadRequest"), error));
        return;
    }
    watch->responder = responder;
    watch->type = &type;
    watch->namespace_ = route.namespaceObject ? QString() : route.namespace_;
    if (!route.name.isEmpty()) {
        // GET .../pods/NAME?watch=1 is a watch narrowed to one object.
        watch->name = route.name;
    }
    watch->table = wantsTable(request);
    watch->includeObject = request.query.queryItemValue(QStringLiteral("includeObject"));
    watch->bookmarks = queryBool(request.query, QStringLiteral("allowWatchBookmarks"));
    watch->faults = m_dispatchWithFaults;
    const QString rvText = request.query.queryItemValue(QStringLiteral("resourceVersion"));
    bool rvOk = true;
    const qint64 rv = rvText.isEmpty() ? 0 : rvText.toLongLong(&rvOk);
    if (!rvOk || rv < 0) {
        responder->respond(
            400, kJson,
            statusJson(400, QStringLiteral("BadRequest"),
                       QStringLiteral(
                           "resourceVersion: Invalid value: \"%1\": must be a non-negative integer")
                           .arg(rvText)));
        return;
    }
    int timeout = m_options.defaultWatchTimeoutSeconds;
    const QString timeoutText = request.query.queryItemValue(QStringLiteral("timeoutSeconds"));
    if (!timeoutText.isEmpty())
        timeout = std::max(0, timeoutText.toInt());

    responder->beginStream(200, kJson);
    Watch *raw = watch.get();
    connect(responder, &HttpResponder::closed, this, [this, raw] { closeWatch(raw); });
    raw->deadline = new QTimer(responder);
    raw->deadline->setSingleShot(true);
    connect(raw->deadline, &QTimer::timeout, this, [this, raw] {
        if (raw->responder)
            raw->responder->endStream();
        closeWatch(raw);
    });
    raw->deadline->start(std::max(1, timeout) * 1000);
    m_watches.push_back(std::move(watch));

    if (rv > 0 && (rv < m_store->oldestResumableVersion() ||
                   (raw->faults && m_faults.roll(QStringLiteral("expire"))))) {
        const QByteArray status = statusJson(410, QStringLiteral("Expired"),
                                             QStringLiteral("too old resource version: %1 (%2)")
                                                 .arg(rv)
                                                 .arg(m_store->currentResourceVersion()));
        responder->writeChunk(watchEventLine("ERROR", status));
        responder->endStream();
        closeWatch(raw);
        return;
    }
    if (rv == 0) {
        // "Any version": the current state as ADDED events, then what changes.
        for (const StoredObjectPtr &object : m_store->objects(type.storeName())) {
            if (!raw->namespace_.isEmpty() && object->namespace_ != raw->namespace_)
                continue;
            if (!raw->name.isEmpty() && object->name != raw->name)
                continue;
            if (raw->labels->matches(object->labels) && raw->fields->matches(object->fields))
                sendWatchEvent(*raw, "ADDED", *object);
        }
        raw->lastVersion = m_store->currentResourceVersion();
    } else {
        raw->lastVersion = rv;
        for (const StoreEvent &event : m_store->eventsSince(rv))
            onStoreChanged(event);
    }
}

void ApiServer::onStoreChanged(const StoreEvent &event)
{
    for (auto &watchPtr : m_watches) {
        Watch &watch = *watchPtr;
        if (!watch.responder || watch.logFollow || !watch.type ||
            watch.type->storeName() != event.object->resource)
            continue;
        if (event.resourceVersion <= watch.lastVersion)
            continue;
        const StoredObject &object = *event.object;
        if (!watch.namespace_.isEmpty() && object.namespace_ != watch.namespace_)
            continue;
        if (!watch.name.isEmpty() && object.name != watch.name)
            continue;
        auto matches = [&](const StoredObject &o) {
            return watch.labels->matches(o.labels) && watch.fields->matches(o.fields);
        };
        const bool now = matches(object);
        const bool before = event.previous && matches(*event.previous);
        watch.lastVersion = event.resourceVersion;
        switch (event.type) {
        case WatchEventType::Added:
            if (now)
                sendWatchEvent(watch, "ADDED", object);
            break;
        case WatchEventType::Modified:
            // An object that starts or stops matching the selector appears or goes away.
            if (now && before)
                sendWatchEvent(watch, "MODIFIED", object);
            else if (now)
                sendWatchEvent(watch, "ADDED", object);
            else if (before)
                sendWatchEvent(watch, "DELETED", object);
            break;
        case WatchEventType::Deleted:
            if (before || now)
                sendWatchEvent(watch, "DELETED", object);
            break;
        }
    }
}

void ApiServer::sendWatchEvent(Watch &watch, const char *type, const StoredObject &object)
{
    if (!watch.responder)
        return;
    QByteArray body;
    if (watch.table) {
        body = tableFor(*watch.type, {std::make_shared<StoredObject>(object)}, watch.includeObject,
                        object.resourceVersion, {}, watch.firstTableEvent);
        watch.firstTableEvent = false;
    } else {
        body = object.json;
    }
    const QByteArray line = watchEventLine(type, body);
    if (!watch.faults || watch.logFollow) {
        watch.responder->writeChunk(line);
        return;
    }
    if (m_faults.roll(QStringLiteral("malformed"))) {
        // The client cannot read it and reconnects; the resumed watch sends it again.
        QPointer<HttpResponder> responder = watch.responder;
        writeWatchLine(watch, spoilJson(line, m_faults.position(line.size() - 1)));
        if (responder)
            responder->endStream();
        closeWatch(&watch);
        return;
    }
    const QByteArray earlier = std::exchange(watch.replayLater, {});
    writeWatchLine(watch, line);
    if (m_faults.roll(QStringLiteral("duplicate")))
        writeWatchLine(watch, line);
    if (!earlier.isEmpty())
        writeWatchLine(watch, earlier); // now older than what was just sent
    if (m_faults.roll(QStringLiteral("reorder")))
        watch.replayLater = line;
}

void ApiServer::writeWatchLine(Watch &watch, const QByteArray &line)
{
    if (m_hung && watch.faults) {
        watch.held.append(line);
        return;
    }
    if (watch.responder)
        watch.responder->writeChunk(line);
}

void ApiServer::closeWatch(Watch *watch)
{
    if (watch->closed)
        return;
    watch->closed = true;
    if (watch->responder)
        watch->responder->disconnect(this);
    watch->responder = nullptr;
    if (watch->deadline)
        watch->deadline->stop();
    // This often runs inside a loop over m_watches: a write to a client that reset the
    // connection tears it down within the write, and its closed() lands here. Erasing
    // now would free the node under that loop's iterator; mark it and sweep later.
    if (m_sweepQueued)
        return;
    m_sweepQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_sweepQueued = false;
        m_watches.remove_if([](const std::unique_ptr<Watch> &w) { return w->closed; });
    });
}

void ApiServer::sendBookmarks()
{
    const qint64 current = m_store->currentResourceVersion();
    for (auto &watch : m_watches) {
        if (!watch->bookmarks || watch->table || watch->logFollow || !watch->responder)
            continue;
        const QByteArray bookmark =
            "{\"kind\":\"" + watch->type->kind.toLatin1() + "\",\"apiVersion\":\"" +
            watch->type->groupVersion().toLatin1() + "\",\"metadata\":{\"resourceVersion\":\"" +
            QByteArray::number(current) + "\",\"creationTimestamp\":null}}";
        watch->lastVersion = std::max(watch->lastVersion, current);
        writeWatchLine(*watch, watchEventLine("BOOKMARK", bookmark));
    }
}

void ApiServer::injectWatchFaults()
{
    if (m_hung)
        return;
    std::vector<Watch *> doomed;
    for (auto &watch : m_watches) {
        if (watch->faults && !watch->logFollow && watch->responder &&
            m_faults.roll(QStringLiteral("drop-watch")))
            doomed.push_back(watch.get());
    }
    for (Watch *watch : doomed) {
        qCDebug(lcApi) << "fault: dropping a watch of" << watch->type->plural;
        QPointer<HttpResponder> responder = watch->responder;
        closeWatch(watch);
        if (!responder)
            continue;
        // In the middle of an event: the client holds half a line it must throw away.
        const QByteArray bookmark =
            "{\"kind\":\"" + watch->type->kind.toLatin1() + "\",\"apiVersion\":\"" +
            watch->type->groupVersion().toLatin1() + "\",\"metadata\":{\"resourceVersion\":\"" +
            QByteArray::number(m_store->currentResourceVersion()) + "\"}}";
        const QByteArray line = watchEventLine("BOOKMARK", bookmark);
        responder->cutStream(line, 1 + m_faults.position(line.size() - 2));
    }
}

// --- Metrics, scale, logs, create -------------------------------------------------------

void ApiServer::serveMetrics(const HttpRequest &, HttpResponder *responder, const Route &route)
{
    const bool nodes = route.type->plural == u"nodes";
    if (!route.name.isEmpty()) {
        bool found = false;
        const QJsonObject object =
            nodes ? m_cluster->nodeMetrics(route.name, &found)
                  : m_cluster->podMetrics(route.namespace_, route.name, &found);
        if (!found) {
            responder->respond(
                404, kJson,
                statusJson(404, QStringLiteral("NotFound"),
                           QStringLiteral("%1.metrics.k8s.io \"%2\" not found")
                               .arg(route.type->plural, route.name),
                           {{QStringLiteral("name"), route.name},
                            {QStringLiteral("group"), QStringLiteral("metrics.k8s.io")},
                            {QStringLiteral("kind"), route.type->plural}}));
            return;
        }
        responder->respond(200, kJson, compact(object));
        return;
    }
    const QJsonArray items =
        nodes ? m_cluster->nodeMetricsList() : m_cluster->podMetricsList(route.namespace_);
    responder->respond(
        200, kJson,
        compact({{QStringLiteral("kind"),
                  nodes ? QStringLiteral("NodeMetricsList") : QStringLiteral("PodMetricsList")},
                 {QStringLiteral("apiVersion"), QStringLiteral("metrics.k8s.io/v1beta1")},
                 {QStringLiteral("metadata"), QJsonObject()},
                 {QStringLiteral("items"), items}}));
}

void ApiServer::serveScale(const HttpRequest &request, HttpResponder *responder, const Route &route)
{
    const QString storeName = route.type->storeName();
    auto answer = [&](const ClusterResult &result) {
        if (result.ok())
            responder->respond(result.httpStatus, kJson, compact(result.object));
        else
            responder->respond(
                result.httpStatus, kJson,
                statusJson(result.httpStatus, result.reason, result.message, result.details));
    };
    if (request.method == "GET") {
        answer(m_cluster->getScale(storeName, route.namespace_, route.name));
        return;
    }
    if (request.method != "PATCH" && request.method != "PUT") {
        responder->respond(
            405, kJson,
            statusJson(
                405, QStringLiteral("MethodNotAllowed"),
                QStringLiteral("the server does not allow this method on the requested resource")));
        return;
    }
    const QByteArray contentType = request.header("content-type").split(';').value(0).trimmed();
    QJsonParseError parseError{};
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        responder->respond(400, kJson,
                           statusJson(400, QStringLiteral("BadRequest"),
                                      QStringLiteral("error decoding patch: %1 at offset %2")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset)));
        return;
    }
    qint64 replicas = -1;
    QString expectedVersion;
    bool haveReplicas = false;
    if (request.method == "PATCH" && contentType == "application/json-patch+json") {
        if (!body.isArray()) {
            responder->respond(
                400, kJson,
                statusJson(400, QStringLiteral("BadRequest"),
                           QStringLiteral("a JSON patch must be an array of operations")));
            return;
        }
        for (const QJsonValue &op : body.array()) {
            const QJsonObject o = op.toObject();
            const QString path = o.value(QLatin1String("path")).toString();
            const QString kind = o.value(QLatin1String("op")).toString();
            if ((kind == u"replace" || kind == u"add") && path == u"/spec/replicas" &&
                o.value(QLatin1String("value")).isDouble()) {
                replicas = qint64(o.value(QLatin1String("value")).toDouble());
                haveReplicas = true;
            } else if (kind == u"test" && path == u"/metadata/resourceVersion") {
                expectedVersion = o.value(QLatin1String("value")).toString();
            } else {
                responder->respond(
                    422, kJson,
                    statusJson(
                        422, QStringLiteral("Invalid"),
                        QStringLiteral("unsupported patch operation %1 %2").arg(kind, path)));
                return;
            }
        }
    } else if (request.method == "PATCH" && contentType != "application/merge-patch+json" &&
               contentType != "application/strategic-merge-patch+json") {
        responder->respond(
            415, kJson,
            statusJson(
                415, QStringLiteral("UnsupportedMediaType"),
                QStringLiteral(
                    "the body of the request was in an unknown format - accepted media types "
                    "include: application/json-patch+json, application/merge-patch+json")));
        return;
    } else {
        if (!body.isObject()) {
            responder->respond(400, kJson,
                               statusJson(400, QStringLiteral("BadRequest"),
                                          QStringLiteral("the body must be a JSON object")));
            return;
        }
        const QJsonObject object = body.object();
        if (request.method == "PUT" && object.value(QLatin1String("kind")).toString() != u"Scale") {
            responder->respond(
                400, kJson,
                statusJson(
                    400, QStringLiteral("BadRequest"),
                    QStringLiteral("the body of the request must be an autoscaling/v1 Scale")));
            return;
        }
        const QJsonValue value =
            object.value(QLatin1String("spec")).toObject().value(QLatin1String("replicas"));
        if (!value.isUndefined() && !value.isNull()) {
            if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble())) {
                responder->respond(
                    422, kJson,
                    statusJson(422, QStringLiteral("Invalid"),
                               QStringLiteral("Scale.autoscaling \"%1\" is invalid: spec.replicas: "
                                              "Invalid value: must be an integer")
                                   .arg(route.name)));
                return;
            }
            replicas = qint64(value.toDouble());
            haveReplicas = true;
        }
        expectedVersion = object.value(QLatin1String("metadata"))
                              .toObject()
                              .value(QLatin1String("resourceVersion"))
                              .toString();
    }
    if (!haveReplicas) {
        // A patch that changes nothing answers with the current scale.
        ClusterResult current = m_cluster->getScale(storeName, route.namespace_, route.name);
        answer(current);
        return;
    }
    answer(m_cluster->setScale(storeName, route.namespace_, route.name, replicas, expectedVersion));
}

void ApiServer::serveLog(const HttpRequest &request, HttpResponder *responder, const Route &route)
{
    QString error;
    const int since = request.query.queryItemValue(QStringLiteral("sinceSeconds")).toInt();
    const auto lines =
        m_cluster->podLog(route.namespace_, route.name,
                          request.query.queryItemValue(QStringLiteral("container")), since, &error);
    if (!lines) {
        const bool missingPod = error.startsWith(u"pods ");
        responder->respond(
            missingPod ? 404 : 400, kJson,
            statusJson(missingPod ? 404 : 400,
                       missingPod ? QStringLiteral("NotFound") : QStringLiteral("BadRequest"),
                       error));
        return;
    }
    const bool timestamps = queryBool(request.query, QStringLiteral("timestamps"));
    const QString tailText = request.query.queryItemValue(QStringLiteral("tailLines"));
    size_t first = 0;
    if (!tailText.isEmpty() && tailText.toLongLong() >= 0 &&
        size_t(tailText.toLongLong()) < lines->size())
        first = lines->size() - size_t(tailText.toLongLong());
    QByteArray out;
    for (size_t i = first; i < lines->size(); ++i) {
        if (timestamps)
            out += (*lines)[i]
                       .time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000000Z "))
                       .toLatin1();
        out += (*lines)[i].text + '\n';
    }
    if (!queryBool(request.query, QStringLiteral("follow"))) {
        responder->respond(200, "text/plain", out);
        return;
    }
    responder->beginStream(200, "text/plain");
    if (!out.isEmpty())
        responder->writeChunk(out);
    auto watch = std::make_unique<Watch>();
    watch->responder = responder;
    watch->logFollow = true;
    watch->logPod = route.namespace_ + u'/' + route.name;
    watch->logTimestamps = timestamps;
    Watch *raw = watch.get();
    connect(responder, &HttpResponder::closed, this, [this, raw] { closeWatch(raw); });
    m_watches.push_back(std::move(watch));
}

void ApiServer::serveCreate(const HttpRequest &request, HttpResponder *responder,
                            const Route &route)
{
    if (route.type->plural == u"poddisruptionbudgets") {
        QJsonParseError parseError{};
        const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !body.isObject()) {
            responder->respond(
                400, kJson,
                statusJson(400, QStringLiteral("BadRequest"),
                           QStringLiteral("couldn't get version/kind; json parse error: %1")
                               .arg(parseError.errorString())));
            return;
        }
        const QJsonObject object = body.object();
        // A built-in kind: the API server's decoder takes a missing kind and apiVersion
        // from the URL (the Python client sends none), and refuses only other ones.
        const QString kind = object.value(QLatin1String("kind")).toString();
        const QString apiVersion = object.value(QLatin1String("apiVersion")).toString();
        if ((!kind.isEmpty() && kind != u"PodDisruptionBudget") ||
            (!apiVersion.isEmpty() && apiVersion != u"policy/v1")) {
            responder->respond(
                400, kJson,
                statusJson(400, QStringLiteral("BadRequest"),
                           QStringLiteral("the API version in the data (%1) does not match the "
                                          "expected API version (policy/v1) or kind is not "
                                          "PodDisruptionBudget")
                               .arg(object.value(QLatin1String("apiVersion")).toString())));
            return;
        }
        respondWith(responder, m_cluster->createDisruptionBudget(route.namespace_, object));
        return;
    }
    if (route.type->plural != u"machinedeployments") {
        responder->respond(
            405, kJson,
            statusJson(
                405, QStringLiteral("MethodNotAllowed"),
                QStringLiteral("the server does not allow this method on the requested resource")));
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !body.isObject()) {
        responder->respond(
            400, kJson,
            statusJson(400, QStringLiteral("BadRequest"),
                       QStringLiteral("couldn't get version/kind; json parse error: %1")
                           .arg(parseError.errorString())));
        return;
    }
    const QJsonObject object = body.object();
    if (object.value(QLatin1String("kind")).toString() != u"MachineDeployment" ||
        object.value(QLatin1String("apiVersion")).toString() != u"cluster.x-k8s.io/v1beta1") {
        responder->respond(
            400, kJson,
            statusJson(400, QStringLiteral("BadRequest"),
                       QStringLiteral(
                           "the API version in the data (%1) does not match the expected API "
                           "version (cluster.x-k8s.io/v1beta1) or kind is not MachineDeployment")
                           .arg(object.value(QLatin1String("apiVersion")).toString())));
        return;
    }
    const ClusterResult result = m_cluster->createMachineDeployment(route.namespace_, object);
    if (result.ok())
        responder->respond(result.httpStatus, kJson, compact(result.object));
    else
        responder->respond(
            result.httpStatus, kJson,
            statusJson(result.httpStatus, result.reason, result.message, result.details));
}

} // namespace maestro::sim

namespace maestro::sim {

// --- Patch, delete, eviction -------------------------------------------------------------

void ApiServer::servePatch(const HttpRequest &request, HttpResponder *responder, const Route &route)
{
    const ResourceType &type = *route.type;
    if (!type.verbs.contains(u"patch")) {
        responder->respond(405, kJson, methodNotAllowedJson());
        return;
    }
    const StoredObjectPtr stored = m_store->get(type.storeName(), route.namespace_, route.name);
    if (!stored) {
        responder->respond(404, kJson, notFoundJson(type, route.name));
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument body = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        responder->respond(400, kJson,
                           statusJson(400, QStringLiteral("BadRequest"),
                                      QStringLiteral("error decoding patch: %1 at offset %2")
                                          .arg(parseError.errorString())
                                          .arg(parseError.offset)));
        return;
    }
    const QJsonValue patch = body.isArray() ? QJsonValue(body.array()) : QJsonValue(body.object());
    const QJsonObject current = QJsonDocument::fromJson(stored->json).object();
    const QByteArray contentType = request.header("content-type").split(';').value(0).trimmed();
    // Strategic merge patches need the Go types' patch strategies: the API server takes
    // them for built-in kinds only, never for custom resources.
    const bool builtIn = type.group.isEmpty() || type.group == u"policy" || type.group == u"apps";
    PatchOutcome outcome;
    if (contentType == "application/json-patch+json") {
        outcome = applyJsonPatch(current, patch);
    } else if (contentType == "application/merge-patch+json") {
        outcome = applyMergePatch(current, patch);
    } else if (contentType == "application/strategic-merge-patch+json" && builtIn) {
        outcome = applyStrategicMergePatch(current, patch);
    } else {
        responder->respond(
            415, kJson,
            statusJson(415, QStringLiteral("UnsupportedMediaType"),
                       QStringLiteral("the body of the request was in an unknown format - "
                                      "accepted media types include: "
                                      "application/json-patch+json, application/merge-patch+json%1")
                           .arg(builtIn ? QStringLiteral(", application/strategic-merge-patch+json")
                                        : QString())));
        return;
    }
    if (!outcome.ok()) {
        if (outcome.testFailed && outcome.failedTestPath == u"/metadata/resourceVersion") {
            responder->respond(409, kJson,
                               statusJson(409, QStringLiteral("Conflict"),
                                          conflictMessage(type, route.name),
                                          objectDetails(type, route.name)));
            return;
        }
        responder->respond(422, kJson,
                           statusJson(422, QStringLiteral("Invalid"), outcome.error,
                                      objectDetails(type, route.name)));
        return;
    }
    // A resourceVersion in the patched object is a precondition, as on a real server.
    const QJsonValue version = outcome.object.value(QLatin1String("metadata"))
                                   .toObject()
                                   .value(QLatin1String("resourceVersion"));
    if (version.isString() && version.toString() != QString::number(stored->resourceVersion)) {
        responder->respond(409, kJson,
                           statusJson(409, QStringLiteral("Conflict"),
                                      conflictMessage(type, route.name),
                                      objectDetails(type, route.name)));
        return;
    }
    respondWith(responder,
                m_cluster->patchObject(
                    type.storeName(), route.namespace_, route.name, current, outcome.object,
                    request.query.queryItemValue(QStringLiteral("dryRun")) == u"All"));
}

void ApiServer::serveDelete(const HttpRequest &request, HttpResponder *responder,
                            const Route &route)
{
    const ResourceType &type = *route.type;
    if (!type.verbs.contains(u"delete")) {
        responder->respond(405, kJson, methodNotAllowedJson());
        return;
    }
    QString error;
    const auto options = optionalObjectBody(request.body, &error);
    if (!options) {
        responder->respond(400, kJson,
                           statusJson(400, QStringLiteral("BadRequest"),
                                      QStringLiteral("error decoding DeleteOptions: ") + error));
        return;
    }
    const StoredObjectPtr stored = m_store->get(type.storeName(), route.namespace_, route.name);
    if (!stored) {
        responder->respond(404, kJson, notFoundJson(type, route.name));
        return;
    }
    const QJsonObject preconditions = options->value(QLatin1String("preconditions")).toObject();
    const QString expectedVersion =
        preconditions.value(QLatin1String("resourceVersion")).toString();
    if (!expectedVersion.isEmpty() && expectedVersion != QString::number(stored->resourceVersion)) {
        responder->respond(409, kJson,
                           statusJson(409, QStringLiteral("Conflict"),
                                      conflictMessage(type, route.name),
                                      objectDetails(type, route.name)));
        return;
    }
    int grace = -1;
    const QString graceText = request.query.queryItemValue(QStringLiteral("gracePeriodSeconds"));
    const QJsonValue graceValue = options->value(QLatin1String("gracePeriodSeconds"));
    if (!graceText.isEmpty())
        grace = graceText.toInt();
    else if (graceValue.isDouble())
        grace = graceValue.toInt();
    if (grace < -1 || (!graceText.isEmpty() && graceText.toInt() < 0)) {
        responder->respond(
            422, kJson,
            statusJson(422, QStringLiteral("Invalid"),
                       QStringLiteral("gracePeriodSeconds: Invalid value: must be >= 0"),
                       objectDetails(type, route.name)));
        return;
    }
    if (request.query.queryItemValue(QStringLiteral("dryRun")) == u"All" ||
        options->value(QLatin1String("dryRun")).toArray().contains(QStringLiteral("All"))) {
        // What would be deleted, left as it is.
        responder->respond(200, kJson, stored->json);
        return;
    }
    respondWith(responder,
                m_cluster->deleteObject(type.storeName(), route.namespace_, route.name, grace));
}

void ApiServer::serveEviction(const HttpRequest &request, HttpResponder *responder,
                              const Route &route)
{
    if (request.method != "POST") {
        responder->respond(405, kJson, methodNotAllowedJson());
        return;
    }
    QString error;
    const auto eviction = optionalObjectBody(request.body, &error);
    const QString apiVersion =
        eviction ? eviction->value(QLatin1String("apiVersion")).toString() : QString();
    const QString kind = eviction ? eviction->value(QLatin1String("kind")).toString() : QString();
    // As for any built-in kind, a missing kind and apiVersion default to the URL's.
    if (!eviction || (!kind.isEmpty() && kind != u"Eviction") ||
        (!apiVersion.isEmpty() && apiVersion != u"policy/v1" && apiVersion != u"policy/v1beta1")) {
        responder->respond(
            400, kJson,
            statusJson(400, QStringLiteral("BadRequest"),
                       eviction
                           ? QStringLiteral("the body must be a policy/v1 (or policy/v1beta1) "
                                            "Eviction, not %1 %2")
                                 .arg(apiVersion, eviction->value(QLatin1String("kind")).toString())
                           : QStringLiteral("error decoding Eviction: ") + error));
        return;
    }
    const QJsonObject metadata = eviction->value(QLatin1String("metadata")).toObject();
    if (metadata.value(QLatin1String("name")).toString() != route.name) {
        responder->respond(400, kJson,
                           statusJson(400, QStringLiteral("BadRequest"),
                                      QStringLiteral("name in URL does not match name in "
                                                     "Eviction object")));
        return;
    }
    const QString ns = metadata.value(QLatin1String("namespace")).toString();
    if (!ns.isEmpty() && ns != route.namespace_) {
        responder->respond(400, kJson,
                           statusJson(400, QStringLiteral("BadRequest"),
                                      QStringLiteral("the namespace of the provided object does "
                                                     "not match the namespace sent on the "
                                                     "request")));
        return;
    }
    const QJsonValue grace = eviction->value(QLatin1String("deleteOptions"))
                                 .toObject()
                                 .value(QLatin1String("gracePeriodSeconds"));
    const bool dryRun = request.query.queryItemValue(QStringLiteral("dryRun")) == u"All" ||
                        eviction->value(QLatin1String("deleteOptions"))
                            .toObject()
                            .value(QLatin1String("dryRun"))
                            .toArray()
                            .contains(QStringLiteral("All"));
    respondWith(responder, m_cluster->evictPod(route.namespace_, route.name,
                                               grace.isDouble() ? grace.toInt() : -1, dryRun));
}

} // namespace maestro::sim
