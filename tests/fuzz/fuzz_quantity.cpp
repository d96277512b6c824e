// SPDX-License-Identifier: GPL-3.0-or-later
// maestro::Quantity::parse on arbitrary bytes, and the properties its conversions promise:
// both overloads agree, the conversions are consistent with each other, and a value
// printed in nano-units parses back to the same quantity.
#include "tests/fuzz/FuzzCommon.h"

#include "app/quantity/Quantity.h"

#include <QByteArray>
#include <QString>

using maestro::Quantity;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    maestro::fuzz::silenceQtMessages();
    return 0;
}

namespace {

// ceil(nanos / divisor) away from zero, which is how Quantity rounds sub-unit precision.
qint64 divideAwayFromZero(qint64 nanos, qint64 divisor)
{
    const qint64 quotient = nanos / divisor;
    if (nanos % divisor == 0)
        return quotient;
    return nanos > 0 ? quotient + 1 : quotient - 1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4 * Quantity::MaxTextLength)
        return 0;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<Quantity> q = Quantity::parse(bytes);

    // The QStringView overload must read the same text the same way.
    const QString text = QString::fromLatin1(bytes);
    const std::optional<Quantity> q16 = Quantity::parse(QStringView(text));
    FUZZ_CHECK(q.has_value() == q16.has_value());
    if (!q)
        return 0;
    FUZZ_CHECK(*q == *q16);
    FUZZ_CHECK(maestro::parseMilliValue(text) == q->toMillis());
    FUZZ_CHECK(maestro::parseNanoValue(text) == q->toNanos());
    FUZZ_CHECK(maestro::parseValue(text) == q->toUnits());

    const std::optional<qint64> nanos = q->toNanos();
    const std::optional<qint64> millis = q->toMillis();
    const std::optional<qint64> units = q->toUnits();
    // Whatever fits in nanos fits in the coarser units.
    if (nanos) {
        FUZZ_CHECK(millis && units);
        FUZZ_CHECK(*millis == divideAwayFromZero(*nanos, 1'000'000));
        FUZZ_CHECK(*units == divideAwayFromZero(*nanos, 1'000'000'000));
        FUZZ_CHECK(q->isZero() == (*nanos == 0));
        FUZZ_CHECK(q->isNegative() == (*nanos < 0));
        const std::optional<Quantity> back =
            Quantity::parse(QByteArrayView(QByteArray::number(*nanos) + 'n'));
        FUZZ_CHECK(back && *back == *q);
    }
    if (millis)
        FUZZ_CHECK(units);
    FUZZ_CHECK((*q <=> *q) == std::strong_ordering::equal);
    return 0;
}
