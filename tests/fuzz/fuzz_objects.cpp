// SPDX-License-Identifier: GPL-3.0-or-later
// The object decoders (app/kube/Objects.h) and ApiError::fromHttp on arbitrary JSON. The
// first bytes choose the HTTP status and headers so that one input drives both.
#include "tests/fuzz/FuzzCommon.h"

#include "app/kube/ApiError.h"
#include "app/kube/Objects.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace maestro::kube;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    maestro::fuzz::silenceQtMessages();
    return 0;
}

namespace {

template<typename T>
void checkMeta(const std::optional<T> &decoded)
{
    // A decoded object always has a name: the informers key their caches by it.
    if (decoded)
        FUZZ_CHECK(!decoded->meta.name.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3 || size > 256 * 1024)
        return 0;
    const int status = 100 + (data[0] | (data[1] << 8)) % 500;
    const uint8_t headerChoice = data[2];
    const QByteArray body(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));

    const QJsonObject object = QJsonDocument::fromJson(body).object();
    checkMeta(decodeNode(object));
    checkMeta(decodePod(object));
    checkMeta(decodeEvent(object));
    checkMeta(decodeMachine(object));
    checkMeta(decodeMachineDeployment(object));
    checkMeta(decodeControlPlane(object));
    checkMeta(decodeMachineTemplate(object));
    (void)decodeMeta(object);
    (void)parseTimestamp(object.value(QLatin1String("timestamp")));

    // Retry-After and Content-Type come from the same untrusted answer: take them from
    // the body's first line when asked, else use the usual values.
    const QByteArray firstLine = body.left(body.indexOf('\n'));
    const QByteArray contentType =
        headerChoice & 1 ? firstLine : QByteArrayLiteral("application/json");
    const QByteArray retryAfter = headerChoice & 2 ? firstLine : QByteArray();
    const ApiError error = ApiError::fromHttp(status, body, contentType, retryAfter);
    FUZZ_CHECK(error.httpStatus == status);
    FUZZ_CHECK(error.retryAfterSeconds >= 0 && error.retryAfterSeconds <= 600);
    if (status >= 200 && status < 300)
        FUZZ_CHECK(!error.isError());
    (void)error.isTransient();
    (void)error.describe();
    return 0;
}
