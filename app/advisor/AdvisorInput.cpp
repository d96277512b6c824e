// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/advisor/AdvisorInput.h"

#include "app/kube/ClusterConnection.h"
#include "app/kube/LatencyRecorder.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace maestro::advisor {

using namespace maestro::kube;

AdvisorInput AdvisorInput::fromConnection(const ClusterConnection &connection,
                                          const AdvisorSettings &settings)
{
    AdvisorInput input;
    input.now = QDateTime::currentDateTimeUtc();
    input.nodes = connection.nodes()->items();
    input.pods = connection.pods()->items();

    const QDateTime recent = input.now.addSecs(-settings.recentWindowSeconds);
    for (const EventInfo &event : connection.events()->items()) {
        if (event.warning && event.lastTimestamp >= recent)
            input.events.append(event);
    }

    input.nodeUsage = connection.metrics()->nodes();
    input.metricsState = connection.metrics()->state();

    // A list of tens of thousands of objects may take seconds on a healthy server
    // (its SLO is 30 s): such lists say nothing about the API being slow.
    QSet<QString> hugeLists;
    for (const InformerBase *informer : connection.informers()) {
        if (informer->count() > settings.hugeListObjects)
            hugeLists.insert(QStringLiteral("GET ") + informer->resource());
    }
    const qint64 since = input.now.toMSecsSinceEpoch() - settings.slowApiWindowSeconds * 1000LL;
    std::vector<int> values;
    for (const LatencyRecorder::Sample &sample : connection.client()->latency().samples()) {
        // Log reads are as slow as the log is long; they measure etcd's logs, not the API.
        if (sample.atMs < since || sample.key.endsWith(u"pods/log") ||
            hugeLists.contains(sample.key))
            continue;
        values.push_back(sample.ms);
        if (sample.ms > input.apiSlowestMs) {
            input.apiSlowestMs = sample.ms;
            input.apiSlowestRequest = sample.key;
        }
    }
    input.apiRequests = int(values.size());
    if (!values.empty()) {
        // Nearest rank, as LatencyRecorder::percentile computes it.
        const size_t rank = size_t(std::ceil(0.99 * double(values.size())));
        const size_t index = rank == 0 ? 0 : rank - 1;
        std::nth_element(values.begin(), values.begin() + index, values.end());
        input.apiP99Ms = values[index];
    }

    input.etcdWarnings = connection.etcd()->warnings(settings.recentWindowSeconds);
    input.etcdLogsReadable = connection.etcd()->logsReadable();

    input.sizes = scaling::availableSizes(connection);
    input.masterSize = scaling::masterInstanceType(connection);
    // The worker pool the cluster already has (even at zero replicas) fixes the size
    // new workers get by default: the one with the most replicas.
    int best = -1;
    if (connection.machineDeployments() && connection.machineTemplates()) {
        for (const MachineDeploymentInfo &md : connection.machineDeployments()->items()) {
            if (md.specReplicas <= best)
                continue;
            const QString ns =
                md.templateNamespace.isEmpty() ? md.meta.namespace_ : md.templateNamespace;
            for (const MachineTemplateInfo &t : connection.machineTemplates()->items()) {
                if (t.meta.name == md.templateName && t.meta.namespace_ == ns) {
                    input.workerPoolSize = t.instanceType;
                    best = md.specReplicas;
                    break;
                }
            }
        }
    }
    return input;
}

} // namespace maestro::advisor
