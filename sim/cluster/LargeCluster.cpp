// SPDX-License-Identifier: GPL-3.0-or-later
// The `large` scenario: thousands of nodes and production-shaped pods (6-10 KB of
// JSON each: labels, annotations, owner references, managed fields, containers with
// env and resources, full status), generated fast enough to start in seconds.
#include "sim/cluster/SimCluster.h"

#include "sim/store/ObjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace maestro::sim {

namespace {

/// A JSON text with named holes, filled by concatenation: encoding 150,000 pods
/// through QJsonDocument would take most of a minute.
class JsonTemplate
{
public:
    explicit JsonTemplate(const QByteArray &text)
    {
        int from = 0;
        while (true) {
            const int start = text.indexOf("@@", from);
            if (start < 0)
                break;
            const int end = text.indexOf("@@", start + 2);
            m_literals.append(text.mid(from, start - from));
            m_holes.append(text.mid(start + 2, end - start - 2));
            from = end + 2;
        }
        m_literals.append(text.mid(from));
    }

    QByteArray fill(const QHash<QByteArray, QByteArray> &values) const
    {
        QByteArray out;
        out.reserve(m_literals.size() * 64 + 8192);
        for (int i = 0; i < m_holes.size(); ++i) {
            out += m_literals.at(i);
            out += values.value(m_holes.at(i));
        }
        out += m_literals.last();
        return out;
    }

private:
    QList<QByteArray> m_literals;
    QList<QByteArray> m_holes;
};

QJsonObject managedFieldsEntry(const char *manager, const char *operation, const char *subresource)
{
    QJsonObject entry{
        {QStringLiteral("manager"), QLatin1String(manager)},
        {QStringLiteral("operation"), QLatin1String(operation)},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("time"), QStringLiteral("@@TS@@")},
        {QStringLiteral("fieldsType"), QStringLiteral("FieldsV1")},
        {QStringLiteral("fieldsV1"),
         QJsonObject{
             {QStringLiteral("f:metadata"),
              QJsonObject{
                  {QStringLiteral("f:generateName"), QJsonObject()},
                  {QStringLiteral("f:labels"),
                   QJsonObject{{QStringLiteral("."), QJsonObject()},
                               {QStringLiteral("f:app"), QJsonObject()},
                               {QStringLiteral("f:pod-template-hash"), QJsonObject()},
                               {QStringLiteral("f:team"), QJsonObject()}}},
                  {QStringLiteral("f:ownerReferences"),
                   QJsonObject{{QStringLiteral("."), QJsonObject()},
                               {QStringLiteral("k:{\"uid\":\"@@RSUID@@\"}"), QJsonObject()}}}}},
             {QStringLiteral("f:spec"),
              QJsonObject{
                  {QStringLiteral("f:containers"),
                   QJsonObject{{QStringLiteral("k:{\"name\":\"app\"}"),
                                QJsonObject{{QStringLiteral("."), QJsonObject()},
                                            {QStringLiteral("f:env"), QJsonObject()},
                                            {QStringLiteral("f:image"), QJsonObject()},
                                            {QStringLiteral("f:resources"), QJsonObject()}}}}},
                  {QStringLiteral("f:dnsPolicy"), QJsonObject()},
                  {QStringLiteral("f:restartPolicy"), QJsonObject()}}}}}};
    if (*subresource)
        entry.insert(QStringLiteral("subresource"), QLatin1String(subresource));
    return entry;
}

QByteArray podPrototype()
{
    QJsonArray env;
    const char *names[] = {"LOG_LEVEL",     "OTEL_EXPORTER_OTLP_ENDPOINT",
                           "DATABASE_URL",  "CACHE_TTL_SECONDS",
                           "FEATURE_FLAGS", "REGION",
                           "POD_NAME",      "POD_NAMESPACE",
                           "JAVA_OPTS",     "HTTP_PORT",
                           "GRPC_PORT",     "SENTRY_DSN"};
    for (const char *n : names)
        env.append(QJsonObject{
            {QStringLiteral("name"), QLatin1String(n)},
            {QStringLiteral("value"), QStringLiteral("value-of-%1-for-the-service-in-production")
                                          .arg(QString::fromLatin1(n).toLower())}});
    auto container = [&](const char *name, const char *image, const char *cpu, const char *mem) {
        return QJsonObject{
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("image"), QLatin1String(image)},
            {QStringLiteral("imagePullPolicy"), QStringLiteral("IfNotPresent")},
            {QStringLiteral("env"), env},
            {QStringLiteral("ports"),
             QJsonArray{QJsonObject{{QStringLiteral("containerPort"), 8080},
                                    {QStringLiteral("name"), QStringLiteral("http")},
                                    {QStringLiteral("protocol"), QStringLiteral("TCP")}}}},
            {QStringLiteral("resources"),
             QJsonObject{{QStringLiteral("requests"),
                          QJsonObject{{QStringLiteral("cpu"), QLatin1String(cpu)},
                                      {QStringLiteral("memory"), QLatin1String(mem)}}},
                         {QStringLiteral("limits"),
                          QJsonObject{{QStringLiteral("memory"), QLatin1String(mem)}}}}},
            {QStringLiteral("readinessProbe"),
             QJsonObject{{QStringLiteral("httpGet"),
                          QJsonObject{{QStringLiteral("path"), QStringLiteral("/healthz")},
                                      {QStringLiteral("port"), 8080},
                                      {QStringLiteral("scheme"), QStringLiteral("HTTP")}}},
                         {QStringLiteral("periodSeconds"), 10}}},
            {QStringLiteral("volumeMounts"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("kube-api-access")},
                             {QStringLiteral("mountPath"),
                              QStringLiteral("/var/run/secrets/kubernetes.io/serviceaccount")},
                             {QStringLiteral("readOnly"), true}}}},
            {QStringLiteral("terminationMessagePath"), QStringLiteral("/dev/termination-log")},
            {QStringLiteral("terminationMessagePolicy"), QStringLiteral("File")}};
    };
    auto containerStatus = [](const char *name, const char *image) {
        return QJsonObject{
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("image"), QLatin1String(image)},
            {QStringLiteral("imageID"),
             QStringLiteral(
                 "%1@sha256:4f1f9c1c6a1f0e6b8f2d3c4b5a69788776655443322110ffeeddccbbaa998877")
                 .arg(QLatin1String(image))},
            {QStringLiteral("containerID"), QStringLiteral("containerd://@@UIDHEX@@")},
            {QStringLiteral("ready"), true},
            {QStringLiteral("started"), true},
            {QStringLiteral("restartCount"), 0},
            {QStringLiteral("state"),
             QJsonObject{{QStringLiteral("running"),
                          QJsonObject{{QStringLiteral("startedAt"), QStringLiteral("@@TS@@")}}}}}};
    };
    auto cond = [](const char *type) {
        return QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                           {QStringLiteral("status"), QStringLiteral("True")},
                           {QStringLiteral("lastProbeTime"), QJsonValue::Null},
                           {QStringLiteral("lastTransitionTime"), QStringLiteral("@@TS@@")}};
    };
    QJsonObject pod{
        {QStringLiteral("kind"), QStringLiteral("Pod")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"),
         QJsonObject{
             {QStringLiteral("name"), QStringLiteral("@@NAME@@")},
             {QStringLiteral("generateName"), QStringLiteral("@@RS@@-")},
             {QStringLiteral("namespace"), QStringLiteral("@@NS@@")},
             {QStringLiteral("uid"), QStringLiteral("@@UID@@")},
             {QStringLiteral("resourceVersion"), QStringLiteral("@@RV@@")},
             {QStringLiteral("creationTimestamp"), QStringLiteral("@@TS@@")},
             {QStringLiteral("labels"),
              QJsonObject{{QStringLiteral("app"), QStringLiteral("@@APP@@")},
                          {QStringLiteral("pod-template-hash"), QStringLiteral("5f7d9c8b6d")},
                          {QStringLiteral("team"), QStringLiteral("@@NS@@")},
                          {QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("@@NS@@")},
                          {QStringLiteral("app.kubernetes.io/version"), QStringLiteral("3.14.2")}}},
             {QStringLiteral("annotations"),
              QJsonObject{
                  {QStringLiteral("kubectl.kubernetes.io/restartedAt"),
                   QStringLiteral("2026-11-01T08:00:00Z")},
                  {QStringLiteral("prometheus.io/scrape"), QStringLiteral("true")},
                  {QStringLiteral("prometheus.io/port"), QStringLiteral("9090")},
                  {QStringLiteral("checksum/config"),
                   QStringLiteral(
                       "9b1f0c5e2a7d4b6c8e0f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c3d")}}},
             {QStringLiteral("ownerReferences"),
              QJsonArray{QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                                     {QStringLiteral("kind"), QStringLiteral("ReplicaSet")},
                                     {QStringLiteral("name"), QStringLiteral("@@RS@@")},
                                     {QStringLiteral("uid"), QStringLiteral("@@RSUID@@")},
                                     {QStringLiteral("controller"), true},
                                     {QStringLiteral("blockOwnerDeletion"), true}}}},
             {QStringLiteral("managedFields"),
              QJsonArray{managedFieldsEntry("kube-controller-manager", "Update", ""),
                         managedFieldsEntry("kubelet", "Update", "status")}}}},
        {QStringLiteral("spec"),
         QJsonObject{
             {QStringLiteral("nodeName"), QStringLiteral("@@NODE@@")},
             {QStringLiteral("containers"),
              QJsonArray{container("app", "registry.maestro.example/platform/service:3.14.2",
                                   "100m", "256Mi"),
                         container("sidecar", "registry.maestro.example/platform/envoy:1.30.1",
                                   "20m", "64Mi")}},
             {QStringLiteral("volumes"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("name"), QStringLiteral("kube-api-access")},
                  {QStringLiteral("projected"),
                   QJsonObject{
                       {QStringLiteral("defaultMode"), 420},
                       {QStringLiteral("sources"),
                        QJsonArray{
                            QJsonObject{
                                {QStringLiteral("serviceAccountToken"),
                                 QJsonObject{{QStringLiteral("expirationSeconds"), 3607},
                                             {QStringLiteral("path"), QStringLiteral("token")}}}},
                            QJsonObject{{QStringLiteral("configMap"),
                                         QJsonObject{{QStringLiteral("name"),
                                                      QStringLiteral("kube-root-ca.crt")}}}}}}}}}}},
             {QStringLiteral("restartPolicy"), QStringLiteral("Always")},
             {QStringLiteral("schedulerName"), QStringLiteral("default-scheduler")},
             {QStringLiteral("serviceAccountName"), QStringLiteral("default")},
             {QStringLiteral("terminationGracePeriodSeconds"), 30},
             {QStringLiteral("dnsPolicy"), QStringLiteral("ClusterFirst")},
             {QStringLiteral("priority"), 0},
             {QStringLiteral("tolerations"),
              QJsonArray{QJsonObject{{QStringLiteral("key"),
                                      QStringLiteral("node.kubernetes.io/not-ready")},
                                     {QStringLiteral("operator"), QStringLiteral("Exists")},
                                     {QStringLiteral("effect"), QStringLiteral("NoExecute")},
                                     {QStringLiteral("tolerationSeconds"), 300}},
                         QJsonObject{{QStringLiteral("key"),
                                      QStringLiteral("node.kubernetes.io/unreachable")},
                                     {QStringLiteral("operator"), QStringLiteral("Exists")},
                                     {QStringLiteral("effect"), QStringLiteral("NoExecute")},
                                     {QStringLiteral("tolerationSeconds"), 300}}}}}},
        {QStringLiteral("status"),
         QJsonObject{
             {QStringLiteral("phase"), QStringLiteral("Running")},
             {QStringLiteral("conditions"),
              QJsonArray{cond("PodReadyToStartContainers"), cond("Initialized"), cond("Ready"),
                         cond("ContainersReady"), cond("PodScheduled")}},
             {QStringLiteral("hostIP"), QStringLiteral("@@HOSTIP@@")},
             {QStringLiteral("podIP"), QStringLiteral("@@IP@@")},
             {QStringLiteral("podIPs"),
              QJsonArray{QJsonObject{{QStringLiteral("ip"), QStringLiteral("@@IP@@")}}}},
             {QStringLiteral("startTime"), QStringLiteral("@@TS@@")},
             {QStringLiteral("qosClass"), QStringLiteral("Burstable")},
             {QStringLiteral("containerStatuses"),
              QJsonArray{
                  containerStatus("app", "registry.maestro.example/platform/service:3.14.2"),
                  containerStatus("sidecar", "registry.maestro.example/platform/envoy:1.30.1")}}}}};
    return QJsonDocument(pod).toJson(QJsonDocument::Compact);
}

} // namespace

void SimCluster::setUpLarge()
{
    const int nodeCount = std::max(4, m_options.largeNodes);
    const int masters = 3;
    setUpCommon(QStringLiteral("m-8vcpu-32gb"), masters, true, QStringLiteral("s-8vcpu-16gb"),
                nodeCount - masters);

    static const char *teams[] = {"payments", "search",  "checkout", "catalog", "identity",
                                  "ads",      "reviews", "shipping", "pricing", "analytics"};
    for (const char *team : teams)
        publishNamespace(QLatin1String(team));

    std::vector<const SimNode *> workers;
    for (const auto &[name, node] : m_nodes) {
        if (!node.controlPlane)
            workers.push_back(&node);
    }
    const JsonTemplate podJson(podPrototype());
    const QDateTime created = now().addDays(-3);
    const QByteArray createdText = created.toString(Qt::ISODate).toLatin1();
    const int podCount = std::max(0, m_options.largePods);
    for (int i = 0; i < podCount; ++i) {
        const SimNode &node = *workers[size_t(i) % workers.size()];
        const QByteArray team = teams[i % 10];
        const QByteArray app = team + "-svc-" + QByteArray::number(i % 37);
        const QByteArray rs = app + "-5f7d9c8b6d";
        const QByteArray name = rs + '-' + randomSuffix().toLatin1() + QByteArray::number(i, 36);
        const QByteArray uid = newUid().toLatin1();
        const QByteArray ip =
            "10.96." + QByteArray::number((i / 250) % 250) + '.' + QByteArray::number(2 + i % 250);
        const qint64 rv = m_store->allocateResourceVersion();
        QHash<QByteArray, QByteArray> values{
            {"NAME", name},
            {"NS", team},
            {"UID", uid},
            {"UIDHEX", QByteArray(uid).replace('-', "")},
            {"RV", QByteArray::number(rv)},
            {"TS", createdText},
            {"APP", app},
            {"RS", rs},
            {"RSUID", "6c1d8e0a-1111-4b2c-9d3e-" +
                          QByteArray::number(qHash(rs) % 1000000000000ull).rightJustified(12, '0')},
            {"NODE", node.name.toLatin1()},
            {"HOSTIP", node.internalIp.toLatin1()},
            {"IP", ip}};
        StoredObject stored;
        stored.resource = QStringLiteral("pods");
        stored.namespace_ = QString::fromLatin1(team);
        stored.name = QString::fromLatin1(name);
        stored.resourceVersion = rv;
        stored.creationTimestamp = created;
        stored.json = podJson.fill(values);
        stored.metadataJson = "{\"name\":\"" + name + "\",\"namespace\":\"" + team +
                              "\",\"uid\":\"" + uid + "\",\"resourceVersion\":\"" +
                              QByteArray::number(rv) + "\",\"creationTimestamp\":\"" + createdText +
                              "\",\"labels\":{\"app\":\"" + app + "\"}}";
        stored.labels = {{QStringLiteral("app"), QString::fromLatin1(app)},
                         {QStringLiteral("team"), QString::fromLatin1(team)},
                         {QStringLiteral("pod-template-hash"), QStringLiteral("5f7d9c8b6d")}};
        stored.fields = {{QStringLiteral("spec.nodeName"), node.name},
                         {QStringLiteral("status.phase"), QStringLiteral("Running")},
                         {QStringLiteral("status.podIP"), QString::fromLatin1(ip)}};
        stored.tableCells = {
            stored.name,
            QStringLiteral("2/2"),
            QStringLiteral("Running"),
            QStringLiteral("0"),
            QJsonObject{{QStringLiteral("$age"), QString::fromLatin1(createdText)}},
            QString::fromLatin1(ip),
            node.name,
            QStringLiteral("<none>"),
            QStringLiteral("<none>")};
        m_store->putEncoded(std::move(stored));
    }
    // Kubelets' and the scheduler's events, as a busy cluster has them within the hour.
    const int eventCount = std::max(0, m_options.largeEvents);
    const auto &pods = m_store->objects(QStringLiteral("pods"));
    auto podIt = pods.begin();
    for (int i = 0; i < eventCount && !pods.isEmpty(); ++i, ++podIt) {
        if (podIt == pods.end())
            podIt = pods.begin();
        const StoredObject &pod = **podIt;
        SimEvent event;
        event.namespace_ = pod.namespace_;
        event.name = pod.name + u'.' + QString::number(quint64(m_rng()) & 0xffffffffffffull, 16);
        event.uid = newUid();
        event.involvedKind = QStringLiteral("Pod");
        event.involvedApiVersion = QStringLiteral("v1");
        event.involvedNamespace = pod.namespace_;
        event.involvedName = pod.name;
        const int kind = i % 10;
        event.type = kind == 9 ? QStringLiteral("Warning") : QStringLiteral("Normal");
        event.reason = kind == 9 ? QStringLiteral("Unhealthy") : QStringLiteral("Pulled");
        event.message =
            kind == 9
                ? QStringLiteral("Readiness probe failed: HTTP probe failed with statuscode: 503")
                : QStringLiteral(
                      "Container image \"registry.maestro.example/platform/service:3.14.2\" "
                      "already present on machine");
        event.sourceComponent = QStringLiteral("kubelet");
        event.sourceHost = pod.fields.value(QStringLiteral("spec.nodeName"));
        event.firstTimestamp = now().addSecs(-3000 + (i % 2900));
        event.lastTimestamp = event.firstTimestamp.addSecs(i % 60);
        event.count = 1 + i % 4;
        publishEvent(event);
    }
}

} // namespace maestro::sim
