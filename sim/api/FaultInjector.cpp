// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/api/FaultInjector.h"

#include <QStringList>

namespace maestro::sim {

QStringList FaultSpec::knownFaults()
{
    return {QStringLiteral("drop-watch"), QStringLiteral("expire")};
}

FaultSpec FaultSpec::parse(const QString &text, QString *error)
{
    FaultSpec spec;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.section(u'=', 0, 0).trimmed();
        const QString value = part.section(u'=', 1).trimmed();
        if (name == u"latency") {
            const QStringList range = value.split(QStringLiteral(".."));
            bool okMin = false, okMax = false;
            spec.latencyMinMs = range.value(0).toInt(&okMin);
            spec.latencyMaxMs = range.size() > 1 ? range.value(1).toInt(&okMax) : spec.latencyMinMs;
            if (range.size() == 1)
                okMax = okMin;
            if (!okMin || !okMax || spec.latencyMinMs < 0 ||
                spec.latencyMaxMs < spec.latencyMinMs) {
                *error =
                    QStringLiteral("latency wants MIN..MAX milliseconds, got \"%1\"").arg(value);
                return {};
            }
            continue;
        }
        if (!knownFaults().contains(name)) {
            *error = QStringLiteral("unknown fault \"%1\" (known: %2, latency)")
                         .arg(name, knownFaults().join(QStringLiteral(", ")));
            return {};
        }
        bool ok = false;
        const double p = value.toDouble(&ok);
        if (!ok || p < 0 || p > 1) {
            *error = QStringLiteral("fault %1 wants a probability between 0 and 1, got \"%2\"")
                         .arg(name, value);
            return {};
        }
        spec.probabilities.insert(name, p);
    }
    return spec;
}

bool FaultInjector::roll(const QString &name)
{
    const double p = m_spec.probability(name);
    if (p <= 0)
        return false;
    return std::uniform_real_distribution<double>(0, 1)(m_rng) < p;
}

int FaultInjector::extraLatencyMs()
{
    if (m_spec.latencyMaxMs <= 0)
        return 0;
    return std::uniform_int_distribution<int>(m_spec.latencyMinMs, m_spec.latencyMaxMs)(m_rng);
}

} // namespace maestro::sim
