// SPDX-License-Identifier: GPL-3.0-or-later
// What the client does with a watch stream and a metrics answer, minus the network:
// the framing of WatchStream::consume (split on '\n', one JSON event per trimmed line,
// the "object" handed to the decoder the informer uses), MetricsPoller::parseList on
// the same bytes, and kube::parseTimestamp on every line.
#include "tests/fuzz/FuzzCommon.h"

#include "app/kube/MetricsPoller.h"
#include "app/kube/Objects.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

using namespace maestro::kube;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    maestro::fuzz::silenceQtMessages();
    return 0;
}

namespace {

// The same steps as WatchStream::consume (app/kube/ApiClient.cpp) for a stream that
// ended: the last event may lack its newline.
void consumeWatch(QByteArray buffer)
{
    if (!buffer.trimmed().isEmpty() && !buffer.endsWith('\n'))
        buffer += '\n';
    qsizetype start = 0;
    while (true) {
        const qsizetype end = buffer.indexOf('\n', start);
        if (end < 0)
            break;
        const QByteArray line = buffer.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        (void)parseTimestamp(QJsonValue(QString::fromUtf8(line)));
        QJsonParseError parseError{};
        const QJsonObject event = QJsonDocument::fromJson(line, &parseError).object();
        if (parseError.error != QJsonParseError::NoError)
            return; // the stream closes with a Decode error
        const QString type = event.value(QLatin1String("type")).toString();
        const QJsonObject object = event.value(QLatin1String("object")).toObject();
        if (type == u"ERROR")
            continue;
        (void)decodeNode(object);
        (void)decodePod(object);
        (void)decodeEvent(object);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    consumeWatch(bytes);

    for (const bool pods : {false, true}) {
        bool ok = false;
        const QHash<QString, Usage> usage = MetricsPoller::parseList(bytes, pods, &ok);
        FUZZ_CHECK(ok || usage.isEmpty());
        for (auto it = usage.cbegin(); it != usage.cend(); ++it)
            FUZZ_CHECK(!it.key().isEmpty());
    }
    return 0;
}
