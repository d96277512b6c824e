// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/advisor/AdvisorSettings.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace maestro::advisor {

namespace {

const QString TargetKey = QStringLiteral("advisor/utilisationTargetPercent");
const QString CriticalKey = QStringLiteral("advisor/utilisationCriticalPercent");
const QString SlowApiKey = QStringLiteral("advisor/slowApiP99Ms");
const QString PendingKey = QStringLiteral("advisor/pendingSeconds");

int percent(double fraction)
{
    return int(std::lround(fraction * 100));
}

} // namespace

AdvisorSettings AdvisorSettings::load()
{
    AdvisorSettings s;
    const QSettings settings;
    const int target =
        std::clamp(settings.value(TargetKey, percent(s.utilisationTarget)).toInt(), 10, 99);
    // Critical above the target, whatever was written by hand.
    const int critical = std::clamp(
        settings.value(CriticalKey, percent(s.utilisationCritical)).toInt(), target + 1, 100);
    s.utilisationTarget = target / 100.0;
    s.utilisationCritical = critical / 100.0;
    s.slowApiP99Ms = std::clamp(settings.value(SlowApiKey, s.slowApiP99Ms).toInt(), 50, 60000);
    s.pendingSeconds = std::clamp(settings.value(PendingKey, s.pendingSeconds).toInt(), 1, 3600);
    return s;
}

void AdvisorSettings::save() const
{
    QSettings settings;
    settings.setValue(TargetKey, percent(utilisationTarget));
    settings.setValue(CriticalKey, percent(utilisationCritical));
    settings.setValue(SlowApiKey, slowApiP99Ms);
    settings.setValue(PendingKey, pendingSeconds);
}

} // namespace maestro::advisor
