// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/api/ResourceCatalog.h"

#include <QJsonObject>

namespace maestro::sim {

namespace {

const QStringList kReadOnly{QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")};
const QStringList kReadWrite{QStringLiteral("create"), QStringLiteral("delete"),
                             QStringLiteral("get"),    QStringLiteral("list"),
                             QStringLiteral("patch"),  QStringLiteral("update"),
                             QStringLiteral("watch")};

QJsonObject column(const char *name, const char *type, int priority = 0, const char *format = "",
                   const char *description = "")
{
    return {{QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("format"), QLatin1String(format)},
            {QStringLiteral("description"), QLatin1String(description)},
            {QStringLiteral("priority"), priority}};
}

QJsonObject nameColumn()
{
    return column("Name", "string", 0, "name",
                  "Name must be unique within a namespace. Cannot be updated.");
}

QJsonObject ageColumn()
{
    return column("Age", "string", 0, "",
                  "CreationTimestamp is a timestamp representing the server time when this "
                  "object was created.");
}

ResourceType make(const char *group, const char *version, const char *plural, const char *singular,
                  const char *kind, bool namespaced, QStringList verbs, QStringList shortNames,
                  QStringList subresources, QJsonArray columns, bool live = false)
{
    ResourceType t;
    t.group = QLatin1String(group);
    t.version = QLatin1String(version);
    t.plural = QLatin1String(plural);
    t.singular = QLatin1String(singular);
    t.kind = QLatin1String(kind);
    t.namespaced = namespaced;
    t.verbs = std::move(verbs);
    t.shortNames = std::move(shortNames);
    t.subresources = std::move(subresources);
    t.columns = std::move(columns);
    t.live = live;
    return t;
}

} // namespace

ResourceCatalog::ResourceCatalog()
{
    const char *capi = "cluster.x-k8s.io";
    const char *kcp = "controlplane.cluster.x-k8s.io";
    const char *infra = "infrastructure.cluster.x-k8s.io";
    m_types.push_back(make("", "v1", "namespaces", "namespace", "Namespace", false, kReadOnly,
                           {QStringLiteral("ns")}, {},
                           {nameColumn(), column("Status", "string"), ageColumn()}));
    m_types.push_back(
        make("", "v1", "nodes", "node", "Node", false,
             {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("patch"),
              QStringLiteral("watch")},
             {QStringLiteral("no")}, {},
             {nameColumn(), column("Status", "string", 0, "", "The status of the node"),
              column("Roles", "string", 0, "", "The roles of the node"), ageColumn(),
              column("Version", "string", 0, "", "Kubelet Version reported by the node."),
              column("Internal-IP", "string", 1, "", "List of internal IPs for the node."),
              column("External-IP", "string", 1, "", "List of external IPs for the node."),
              column("OS-Image", "string", 1, "", "OS Image reported by the node."),
              column("Kernel-Version", "string", 1, "", "Kernel Version reported by the node."),
              column("Container-Runtime", "string", 1, "", "Container Runtime Version.")}));
    m_types.push_back(make(
        "", "v1", "pods", "pod", "Pod", true,
        {QStringLiteral("delete"), QStringLiteral("get"), QStringLiteral("list"),
         QStringLiteral("watch")},
        {QStringLiteral("po")}, {QStringLiteral("eviction"), QStringLiteral("log")},
        {nameColumn(),
         column("Ready", "string", 0, "",
                "The aggregate readiness state of this pod for accepting traffic."),
         column("Status", "string", 0, "", "The aggregate status of the containers in this pod."),
         column("Restarts", "string", 0, "",
                "The number of times the containers in this pod have been restarted."),
         ageColumn(), column("IP", "string", 1, "", "IP address allocated to the pod."),
         column("Node", "string", 1, "", "Name of the node this pod is running on."),
         column("Nominated Node", "string", 1, "", "Name of the node nominated for preemption."),
         column("Readiness Gates", "string", 1, "", "Pod readiness gates.")}));
    m_types.push_back(make("", "v1", "events", "event", "Event", true, kReadOnly,
                           {QStringLiteral("ev")}, {},
                           {column("Last Seen", "string"), column("Type", "string"),
                            column("Reason", "string"), column("Object", "string"),
                            column("Subobject", "string", 1), column("Source", "string", 1),
                            column("Message", "string"), column("First Seen", "string", 1),
                            column("Count", "string", 1), column("Name", "string", 1, "name")}));
    m_types.push_back(make("metrics.k8s.io", "v1beta1", "nodes", "", "NodeMetrics", false,
                           {QStringLiteral("get"), QStringLiteral("list")}, {}, {}, {}, true));
    m_types.push_back(make("metrics.k8s.io", "v1beta1", "pods", "", "PodMetrics", true,
                           {QStringLiteral("get"), QStringLiteral("list")}, {}, {}, {}, true));
    m_types.push_back(make(capi, "v1beta1", "clusters", "cluster", "Cluster", true, kReadWrite,
                           {QStringLiteral("cl")}, {},
                           {nameColumn(), column("ClusterClass", "string"),
                            column("Phase", "string"), ageColumn(), column("Version", "string")}));
    m_types.push_back(make(
        capi, "v1beta1", "machinedeployments", "machinedeployment", "MachineDeployment", true,
        kReadWrite, {QStringLiteral("md")}, {QStringLiteral("scale")},
        {nameColumn(), column("Cluster", "string"), column("Replicas", "integer"),
         column("Ready", "integer"), column("Updated", "integer"), column("Unavailable", "integer"),
         column("Phase", "string"), ageColumn(), column("Version", "string")}));
    m_types.push_back(make(capi, "v1beta1", "machines", "machine", "Machine", true, kReadWrite,
                           {QStringLiteral("ma")}, {},
                           {nameColumn(), column("Cluster", "string"), column("NodeName", "string"),
                            column("ProviderID", "string"), column("Phase", "string"), ageColumn(),
                            column("Version", "string")}));
    m_types.push_back(
        make(kcp, "v1beta1", "kubeadmcontrolplanes", "kubeadmcontrolplane", "KubeadmControlPlane",
             true, kReadWrite, {QStringLiteral("kcp")}, {QStringLiteral("scale")},
             {nameColumn(), column("Cluster", "string"), column("Initialized", "boolean"),
              column("API Server Available", "boolean"), column("Replicas", "integer"),
              column("Ready", "integer"), column("Updated", "integer"),
              column("Unavailable", "integer"), ageColumn(), column("Version", "string")}));
    m_types.push_back(make(
        "apps", "v1", "daemonsets", "daemonset", "DaemonSet", true, kReadOnly,
        {QStringLiteral("ds")}, {},
        {nameColumn(),
         column("Desired", "integer", 0, "",
                "The total number of nodes that should be running the daemon pod."),
         column("Current", "integer", 0, "",
                "The number of nodes that are running at least 1 daemon pod."),
         column("Ready", "integer", 0, "",
                "The number of nodes that should be running the daemon pod and have one or more "
                "of the daemon pod running and ready."),
         column("Up-to-date", "integer", 0, "",
                "The total number of nodes that are running updated daemon pod"),
         column("Available", "integer", 0, "",
                "The number of nodes that should be running the daemon pod and have one or more "
                "of the daemon pod running and available."),
         column("Node Selector", "string", 0, "",
                "NodeSelector is a selector which must be true for the pod to fit on a node."),
         ageColumn(),
         column("Containers", "string", 1, "", "Names of each container in the template."),
         column("Images", "string", 1, "", "Images referenced by each container in the template."),
         column("Selector", "string", 1, "",
                "A label query over pods that are managed by the daemon set.")}));
    m_types.push_back(make(
        "policy", "v1", "poddisruptionbudgets", "poddisruptionbudget", "PodDisruptionBudget", true,
        {QStringLiteral("create"), QStringLiteral("delete"), QStringLiteral("get"),
         QStringLiteral("list"), QStringLiteral("patch"), QStringLiteral("watch")},
        {QStringLiteral("pdb")}, {},
        {nameColumn(),
         column("Min Available", "string", 0, "",
                "The minimum number or percentage of available pods this budget requires."),
         column("Max Unavailable", "string", 0, "",
                "The maximum number or percentage of unavailable pods this budget requires."),
         column("Allowed Disruptions", "integer", 0, "",
                "Calculated number of pods that may be disrupted at this time."),
         ageColumn()}));
    m_types.push_back(
        make(infra, "v1beta1", "maestromachinetemplates", "maestromachinetemplate",
             "MaestroMachineTemplate", true, kReadOnly, {QStringLiteral("mmt")}, {},
             {nameColumn(), column("Instance-Type", "string"), column("vCPU", "integer"),
              column("Memory", "string"), column("Disk", "string"), ageColumn()}));
}

const ResourceCatalog &ResourceCatalog::instance()
{
    static const ResourceCatalog catalog;
    return catalog;
}

const ResourceType *ResourceCatalog::find(const QString &group, const QString &version,
                                          const QString &plural) const
{
    for (const ResourceType &t : m_types) {
        if (t.group == group && t.version == version && t.plural == plural)
            return &t;
    }
    return nullptr;
}

const ResourceType *ResourceCatalog::byStoreName(const QString &storeName) const
{
    for (const ResourceType &t : m_types) {
        if (t.storeName() == storeName)
            return &t;
    }
    return nullptr;
}

QStringList ResourceCatalog::groupVersions() const
{
    QStringList result;
    for (const ResourceType &t : m_types) {
        if (!result.contains(t.groupVersion()))
            result.append(t.groupVersion());
    }
    return result;
}

} // namespace maestro::sim
