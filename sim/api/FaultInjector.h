// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/http/HttpServer.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <random>

namespace maestro::sim {

/// `--faults name=probability,...` parsed. Known names are listed in knownFaults().
struct FaultSpec
{
    QHash<QString, double> probabilities;
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    /// How long the server stays silent once a `hang` fault strikes.
    int hangMinMs = 3000;
    int hangMaxMs = 8000;

    static FaultSpec parse(const QString &text, QString *error);
    /// The probability faults, with what each does (for --help and error messages).
    static QStringList knownFaults();
    static QString describe(const QString &name);
    double probability(const QString &name) const { return probabilities.value(name, 0.0); }
    bool isEmpty() const { return probabilities.isEmpty() && latencyMaxMs <= 0; }
};

/**
 * Draws fault decisions from a seeded generator, so a run is repeatable with --seed,
 * and counts the faults it injected per kind.
 */
class FaultInjector
{
public:
    explicit FaultInjector(quint64 seed = 1)
        : m_rng(seed)
    {}
    void setSpec(const FaultSpec &spec) { m_spec = spec; }
    const FaultSpec &spec() const { return m_spec; }
    /// True with the named fault's probability; a hit is counted.
    bool roll(const QString &name);
    int extraLatencyMs();
    int hangMs();
    /// A position in [0, size), for where a body is cut or spoiled.
    qint64 position(qint64 size);
    /// Faults injected so far, by name.
    const QMap<QString, qint64> &counts() const { return m_counts; }
    qint64 total() const;

private:
    FaultSpec m_spec;
    std::mt19937_64 m_rng;
    QMap<QString, qint64> m_counts;
};

/// What goes wrong with an answer after the request was carried out.
enum class AnswerFault { None, Drop, Slow, Truncate, Malformed, Error500 };

/**
 * Stands between a handler and the connection's responder and spoils the handler's
 * answer as `fault` says; everything else passes through. A child of the real
 * responder, so it is gone with it.
 */
class FaultyResponder final : public HttpResponder
{
public:
    FaultyResponder(HttpResponder *real, AnswerFault fault, FaultInjector *injector);

    void respond(int status, const QByteArray &contentType, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {}) override;
    void beginStream(int status, const QByteArray &contentType) override;
    bool writeChunk(const QByteArray &data) override;
    void endStream() override;
    void abort() override;
    void respondCut(int status, const QByteArray &contentType, const QByteArray &body,
                    qint64 bodyBytes) override;
    void respondSlowly(int status, const QByteArray &contentType, const QByteArray &body,
                       int durationMs) override;
    void cutStream(const QByteArray &data, qint64 bytes) override;
    qint64 pendingBytes() const override;

private:
    HttpResponder *m_real;
    AnswerFault m_fault;
    FaultInjector *m_injector;
};

/// `body` with bytes that no JSON parser accepts, wherever they land, put in at `at`.
QByteArray spoilJson(const QByteArray &body, qint64 at);

} // namespace maestro::sim
