// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/api/FaultInjector.h"

#include <algorithm>

namespace maestro::sim {

namespace {

struct KnownFault
{
    const char *name;
    const char *description;
};

// The order is the order of --help.
constexpr KnownFault kFaults[] = {
    {"drop-response", "the connection drops in the middle of a response (after the request "
                      "was carried out)"},
    {"drop-watch", "a watch connection drops in the middle of an event (checked every second)"},
    {"slow", "a response trickles out over 1 to 3 s"},
    {"error500", "500 InternalError instead of the answer; a write is carried out first half "
                 "of the time"},
    {"error503", "503 ServiceUnavailable; the request is not carried out"},
    {"throttle", "429 TooManyRequests with Retry-After: 1; the request is not carried out"},
    {"expire", "a watch from a resourceVersion gets 410 Expired"},
    {"expire-continue", "a list continue token gets 410 Expired"},
    {"truncate", "a complete response whose JSON body is cut short"},
    {"malformed", "a response body or watch event with bytes that are not JSON"},
    {"duplicate", "a watch event is sent twice"},
    {"reorder", "a watch event is sent once more after newer ones, with its older "
                "resourceVersion"},
    {"hang", "the server accepts but answers nothing (requests and watches) for a while; "
             "see hang-ms"},
};

bool parseRange(const QString &value, int *min, int *max)
{
    const QStringList range = value.split(QStringLiteral(".."));
    bool okMin = false, okMax = false;
    *min = range.value(0).toInt(&okMin);
    *max = range.size() > 1 ? range.value(1).toInt(&okMax) : *min;
    if (range.size() == 1)
        okMax = okMin;
    return okMin && okMax && range.size() <= 2 && *min >= 0 && *max >= *min;
}

} // namespace

QStringList FaultSpec::knownFaults()
{
    QStringList names;
    for (const KnownFault &fault : kFaults)
        names << QLatin1String(fault.name);
    return names;
}

QString FaultSpec::describe(const QString &name)
{
    for (const KnownFault &fault : kFaults) {
        if (name == QLatin1String(fault.name))
            return QLatin1String(fault.description);
    }
    return {};
}

FaultSpec FaultSpec::parse(const QString &text, QString *error)
{
    FaultSpec spec;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.section(u'=', 0, 0).trimmed();
        const QString value = part.section(u'=', 1).trimmed();
        if (name == u"latency" || name == u"hang-ms") {
            int min = 0, max = 0;
            if (!parseRange(value, &min, &max)) {
                *error =
                    QStringLiteral("%1 wants MIN..MAX milliseconds, got \"%2\"").arg(name, value);
                return {};
            }
            (name == u"latency" ? spec.latencyMinMs : spec.hangMinMs) = min;
            (name == u"latency" ? spec.latencyMaxMs : spec.hangMaxMs) = max;
            continue;
        }
        if (!knownFaults().contains(name)) {
            *error = QStringLiteral("unknown fault \"%1\" (known: %2, latency, hang-ms)")
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
    if (std::uniform_real_distribution<double>(0, 1)(m_rng) >= p)
        return false;
    ++m_counts[name];
    return true;
}

int FaultInjector::extraLatencyMs()
{
    if (m_spec.latencyMaxMs <= 0)
        return 0;
    return std::uniform_int_distribution<int>(m_spec.latencyMinMs, m_spec.latencyMaxMs)(m_rng);
}

int FaultInjector::hangMs()
{
    return std::uniform_int_distribution<int>(m_spec.hangMinMs, m_spec.hangMaxMs)(m_rng);
}

qint64 FaultInjector::position(qint64 size)
{
    if (size <= 1)
        return 0;
    return std::uniform_int_distribution<qint64>(0, size - 1)(m_rng);
}

QByteArray spoilJson(const QByteArray &body, qint64 at)
{
    // Outside a string a NUL or '<' is no JSON token; inside one a raw NUL is a control
    // character JSON forbids, and the quote ends the string before another NUL.
    static const QByteArray garbage("\0<\"\0<", 5);
    QByteArray out = body;
    out.insert(std::clamp<qint64>(at, 0, body.size()), garbage);
    return out;
}

FaultyResponder::FaultyResponder(HttpResponder *real, AnswerFault fault, FaultInjector *injector)
    : HttpResponder(real)
    , m_real(real)
    , m_fault(fault)
    , m_injector(injector)
{
    connect(real, &HttpResponder::closed, this, &HttpResponder::closed);
    connect(real, &HttpResponder::drained, this, &HttpResponder::drained);
}

void FaultyResponder::respond(int status, const QByteArray &contentType, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    switch (m_fault) {
    case AnswerFault::None:
        break;
    case AnswerFault::Drop:
        m_real->respondCut(status, contentType, body, m_injector->position(body.size()));
        return;
    case AnswerFault::Slow:
        m_real->respondSlowly(status, contentType, body, 1000 + int(m_injector->position(2000)));
        return;
    case AnswerFault::Truncate:
        if (!body.isEmpty()) {
            m_real->respond(status, contentType, body.left(m_injector->position(body.size())),
                            extraHeaders);
            return;
        }
        break;
    case AnswerFault::Malformed:
        if (!body.isEmpty()) {
            m_real->respond(status, contentType, spoilJson(body, m_injector->position(body.size())),
                            extraHeaders);
            return;
        }
        break;
    case AnswerFault::Error500:
        m_real->respond(
            500, QByteArrayLiteral("application/json"),
            QByteArrayLiteral(R"({"kind":"Status","apiVersion":"v1","metadata":{},)"
                              R"("status":"Failure","message":"etcdserver: request timed out",)"
                              R"("reason":"InternalError","code":500})"));
        return;
    }
    m_real->respond(status, contentType, body, extraHeaders);
}

void FaultyResponder::beginStream(int status, const QByteArray &contentType)
{
    m_real->beginStream(status, contentType);
}

bool FaultyResponder::writeChunk(const QByteArray &data)
{
    return m_real->writeChunk(data);
}

void FaultyResponder::endStream()
{
    m_real->endStream();
}

void FaultyResponder::abort()
{
    m_real->abort();
}

void FaultyResponder::respondCut(int status, const QByteArray &contentType, const QByteArray &body,
                                 qint64 bodyBytes)
{
    m_real->respondCut(status, contentType, body, bodyBytes);
}

void FaultyResponder::respondSlowly(int status, const QByteArray &contentType,
                                    const QByteArray &body, int durationMs)
{
    m_real->respondSlowly(status, contentType, body, durationMs);
}

void FaultyResponder::cutStream(const QByteArray &data, qint64 bytes)
{
    m_real->cutStream(data, bytes);
}

qint64 FaultyResponder::pendingBytes() const
{
    return m_real->pendingBytes();
}

qint64 FaultInjector::total() const
{
    qint64 sum = 0;
    for (qint64 count : m_counts)
        sum += count;
    return sum;
}

} // namespace maestro::sim
