// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <optional>

namespace maestro {

/**
 * A Kubernetes resource quantity ("100m", "2748180Ki", "1.5Gi", "1e3", "329087452n").
 *
 * Grammar (k8s.io/apimachinery/pkg/api/resource): `<signed number><suffix>` where the number is
 * `1`, `1.5`, `1.` or `.5` with an optional `+`/`-`, and the suffix is one of the binary
 * suffixes `Ki Mi Gi Ti Pi Ei`, the decimal suffixes `n u m k M G T P E` (or none), or a
 * decimal exponent `e<int>`/`E<int>` (`1e3`, `1E-2`, `2e+1`).
 *
 * The value is kept exactly, in integer arithmetic, never through floating point. Like
 * Kubernetes, precision finer than one nano-unit is rounded up (away from zero), so `0.1n`
 * is `1n`. Unlike Kubernetes, which silently caps huge values at 2^63-1, a value whose
 * magnitude does not fit in 2^63-1 whole units is rejected: it is almost certainly a bug
 * in the data and capping would hide it.
 */
class Quantity
{
public:
    /// Longest text accepted; real quantities are a few characters long.
    static constexpr qsizetype MaxTextLength = 256;

    Quantity() = default;

    /// Parses @p text; std::nullopt when it is not a quantity or does not fit (see class docs).
    static std::optional<Quantity> parse(QStringView text);
    /// The same for ASCII/UTF-8 bytes, straight from a JSON buffer.
    static std::optional<Quantity> parse(QByteArrayView text);

    /// Exact value in nano-units (nanocores for cpu); nullopt when it does not fit a qint64.
    std::optional<qint64> toNanos() const;
    /// Value in milli-units (millicores), rounded up away from zero like Quantity.MilliValue().
    std::optional<qint64> toMillis() const;
    /// Value in whole units (bytes, cores), rounded up away from zero like Quantity.Value().
    std::optional<qint64> toUnits() const;

    bool isZero() const { return m_units == 0 && m_nanos == 0; }
    bool isNegative() const { return m_negative && !isZero(); }

    friend bool operator==(const Quantity &a, const Quantity &b)
    {
        return a.compare(b) == std::strong_ordering::equal;
    }
    friend std::strong_ordering operator<=>(const Quantity &a, const Quantity &b)
    {
        return a.compare(b);
    }

private:
    std::strong_ordering compare(const Quantity &other) const;

    // Magnitude = m_units + m_nanos / 1e9, with m_units <= 2^63-1 and m_nanos < 1e9.
    quint64 m_units = 0;
    quint32 m_nanos = 0;
    bool m_negative = false;
};

/// Parses a quantity and returns it in milli-units (e.g. "100m" -> 100, "2" -> 2000).
std::optional<qint64> parseMilliValue(QStringView text);
/// Parses a quantity and returns it in nano-units (e.g. "329087452n" -> 329087452).
std::optional<qint64> parseNanoValue(QStringView text);
/// Parses a quantity and returns it in whole units, rounded up (e.g. "2748180Ki" -> 2814136320).
std::optional<qint64> parseValue(QStringView text);

/// CPU quantity in millicores ("250m" -> 250, "0.5" -> 500).
inline std::optional<qint64> toMillicores(QStringView cpu)
{
    return parseMilliValue(cpu);
}
/// CPU quantity in nanocores, as metrics-server reports it ("329087452n").
inline std::optional<qint64> toNanocores(QStringView cpu)
{
    return parseNanoValue(cpu);
}
/// Memory or storage quantity in bytes; fractional bytes round up as in Kubernetes.
inline std::optional<qint64> toBytes(QStringView memory)
{
    return parseValue(memory);
}

} // namespace maestro
