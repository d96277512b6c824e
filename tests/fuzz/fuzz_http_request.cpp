// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's HTTP/1.1 request parser on arbitrary bytes, fed once whole and once
// split at points the input chooses: the parser promises the same requests and the same
// outcome however the bytes arrive (that is what a TCP stream does to them).
#include "tests/fuzz/FuzzCommon.h"

#include "sim/http/HttpRequestParser.h"

#include <QByteArray>
#include <QList>

using maestro::sim::HttpRequestParser;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    maestro::fuzz::silenceQtMessages();
    return 0;
}

namespace {

struct Outcome
{
    QList<QByteArray> requests; // method, target and body of each complete request
    HttpRequestParser::Status last = HttpRequestParser::Status::NeedMore;
};

/// Feeds `input` in pieces of the sizes in `splits` (cycled), like a socket would.
Outcome feed(QByteArrayView input, QByteArrayView splits)
{
    HttpRequestParser parser;
    // Small, so that inputs reach the BodyTooLarge path.
    parser.setMaxBodySize(4096);
    Outcome outcome;
    QByteArray pending;
    qsizetype offset = 0;
    qsizetype splitIndex = 0;
    while (offset < input.size()) {
        qsizetype piece = input.size() - offset;
        if (!splits.isEmpty()) {
            piece = qMin(piece, qsizetype(quint8(splits[splitIndex % splits.size()])) + 1);
            ++splitIndex;
        }
        pending += input.sliced(offset, piece).toByteArray();
        offset += piece;
        while (true) {
            qsizetype consumed = 0;
            const HttpRequestParser::Status status = parser.parse(pending, &consumed);
            FUZZ_CHECK(consumed >= 0 && consumed <= pending.size());
            pending.remove(0, consumed);
            outcome.last = status;
            if (status == HttpRequestParser::Status::Complete) {
                (void)parser.takeContinueExpected();
                const bool keepAlive = parser.keepAlive();
                const maestro::sim::HttpRequest request = parser.takeRequest();
                outcome.requests.append(request.method + ' ' + request.target + ' ' +
                                        request.path.toUtf8() + '\n' + request.body);
                if (!keepAlive)
                    return outcome;
                continue;
            }
            if (status != HttpRequestParser::Status::NeedMore) {
                FUZZ_CHECK(!parser.errorMessage().isEmpty());
                return outcome;
            }
            break;
        }
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 128 * 1024)
        return 0;
    // The first byte says how many of the following bytes are split sizes.
    const qsizetype splitCount = qMin(qsizetype(data[0] % 16), qsizetype(size - 1));
    const QByteArrayView splits(reinterpret_cast<const char *>(data + 1), splitCount);
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1 + splitCount),
                               qsizetype(size - 1 - splitCount));
    const Outcome whole = feed(input, {});
    const Outcome pieces = feed(input, splits);
    FUZZ_CHECK(whole.requests == pieces.requests);
    FUZZ_CHECK(whole.last == pieces.last);
    return 0;
}
