// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <random>

namespace maestro::sim {

/// `--faults name=probability,...` parsed. Known names are listed in knownFaults().
struct FaultSpec
{
    QHash<QString, double> probabilities;
    int latencyMinMs = 0;
    int latencyMaxMs = 0;

    static FaultSpec parse(const QString &text, QString *error);
    static QStringList knownFaults();
    double probability(const QString &name) const { return probabilities.value(name, 0.0); }
};

/// Draws fault decisions from a seeded generator, so a run is repeatable with --seed.
class FaultInjector
{
public:
    explicit FaultInjector(quint64 seed = 1)
        : m_rng(seed)
    {}
    void setSpec(const FaultSpec &spec) { m_spec = spec; }
    const FaultSpec &spec() const { return m_spec; }
    /// True with the named fault's probability.
    bool roll(const QString &name);
    int extraLatencyMs();

private:
    FaultSpec m_spec;
    std::mt19937_64 m_rng;
};

} // namespace maestro::sim
