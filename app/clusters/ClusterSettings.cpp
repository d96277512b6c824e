// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clusters/ClusterSettings.h"

#include <QSettings>

#include <algorithm>

namespace maestro {

namespace {

const QString MetricsKey = QStringLiteral("refresh/metricsSeconds");
const QString EtcdLogKey = QStringLiteral("refresh/etcdLogSeconds");
const QString RetentionKey = QStringLiteral("history/retentionDays");
const QString MaxSizeKey = QStringLiteral("history/maxSizeMb");

} // namespace

ClusterSettings ClusterSettings::load()
{
    ClusterSettings s;
    const QSettings settings;
    s.metricsIntervalSeconds =
        std::clamp(settings.value(MetricsKey, s.metricsIntervalSeconds).toInt(), 5, 600);
    s.etcdLogIntervalSeconds =
        std::clamp(settings.value(EtcdLogKey, s.etcdLogIntervalSeconds).toInt(), 5, 600);
    s.historyRetentionDays =
        std::clamp(settings.value(RetentionKey, s.historyRetentionDays).toInt(), 1, 365);
    s.historyMaxSizeMb =
        std::clamp(settings.value(MaxSizeKey, s.historyMaxSizeMb).toInt(), 16, 65536);
    return s;
}

void ClusterSettings::save() const
{
    QSettings settings;
    settings.setValue(MetricsKey, metricsIntervalSeconds);
    settings.setValue(EtcdLogKey, etcdLogIntervalSeconds);
    settings.setValue(RetentionKey, historyRetentionDays);
    settings.setValue(MaxSizeKey, historyMaxSizeMb);
}

} // namespace maestro
