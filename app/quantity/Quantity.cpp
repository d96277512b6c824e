// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/quantity/Quantity.h"

#include <limits>
#include <string>

namespace maestro {

namespace {

// __extension__ keeps -Wpedantic quiet: 128-bit integers are a GCC/Clang extension, and the
// exact arithmetic below needs them (nano-units of a 2^63 value need ~93 bits).
__extension__ using UInt128 = unsigned __int128;

constexpr quint64 NanosPerUnit = 1'000'000'000;
constexpr quint64 MaxUnits = quint64(std::numeric_limits<qint64>::max());
// Any exponent beyond this is out of range for a non-zero value in either direction; clamping
// keeps the digit arithmetic bounded without changing the result.
constexpr int ExponentClamp = 1000;

struct Suffix
{
    int exp10 = 0;
    int exp2 = 0;
};

template<typename Char>
constexpr char16_t at(const Char *data, qsizetype i)
{
    // char may be signed: go through the unsigned type so non-ASCII bytes never look like digits.
    if constexpr (sizeof(Char) == 1)
        return char16_t(static_cast<unsigned char>(data[i]));
    else
        return data[i].unicode();
}

constexpr bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

template<typename Char>
std::optional<Suffix> parseSuffix(const Char *data, qsizetype pos, qsizetype size)
{
    const qsizetype length = size - pos;
    if (length == 0)
        return Suffix{};
    const char16_t first = at(data, pos);
    if (length == 1) {
        switch (first) {
        case u'n':
            return Suffix{-9, 0};
        case u'u':
            return Suffix{-6, 0};
        case u'm':
            return Suffix{-3, 0};
        case u'k':
            return Suffix{3, 0};
        case u'M':
            return Suffix{6, 0};
        case u'G':
            return Suffix{9, 0};
        case u'T':
            return Suffix{12, 0};
        case u'P':
            return Suffix{15, 0};
        case u'E': // exa; "E" followed by digits is an exponent, handled below
            return Suffix{18, 0};
        default:
            return std::nullopt;
        }
    }
    if (length == 2 && at(data, pos + 1) == u'i') {
        switch (first) {
        case u'K':
            return Suffix{0, 10};
        case u'M':
            return Suffix{0, 20};
        case u'G':
            return Suffix{0, 30};
        case u'T':
            return Suffix{0, 40};
        case u'P':
            return Suffix{0, 50};
        case u'E':
            return Suffix{0, 60};
        default:
            return std::nullopt;
        }
    }
    if (first != u'e' && first != u'E')
        return std::nullopt;
    qsizetype i = pos + 1;
    bool negative = false;
    if (at(data, i) == u'+' || at(data, i) == u'-') {
        negative = at(data, i) == u'-';
        ++i;
    }
    if (i == size)
        return std::nullopt;
    int exponent = 0;
    for (; i < size; ++i) {
        const char16_t c = at(data, i);
        if (!isDigit(c))
            return std::nullopt;
        exponent = std::min(exponent * 10 + int(c - u'0'), ExponentClamp);
    }
    return Suffix{negative ? -exponent : exponent, 0};
}

template<typename Char>
bool parseImpl(const Char *data, qsizetype size, bool &negative, quint64 &units, quint32 &nanos)
{
    if (size == 0 || size > Quantity::MaxTextLength)
        return false;

    qsizetype pos = 0;
    negative = false;
    if (at(data, 0) == u'+' || at(data, 0) == u'-') {
        negative = at(data, 0) == u'-';
        ++pos;
    }

    // All mantissa digits, integer part then fraction, most significant first.
    std::string digits;
    digits.reserve(size_t(size) + 20);
    while (pos < size && isDigit(at(data, pos)))
        digits.push_back(char(at(data, pos++)));
    int fractionDigits = 0;
    if (pos < size && at(data, pos) == u'.') {
        ++pos;
        while (pos < size && isDigit(at(data, pos))) {
            digits.push_back(char(at(data, pos++)));
            ++fractionDigits;
        }
    }
    if (digits.empty())
        return false; // ".", "Ki", "e3", "-"

    const std::optional<Suffix> suffix = parseSuffix(data, pos, size);
    if (!suffix)
        return false;

    const size_t firstNonZero = digits.find_first_not_of('0');
    if (firstNonZero == std::string::npos) {
        units = 0;
        nanos = 0;
        return true;
    }
    digits.erase(0, firstNonZero);

    // Multiply by 2^exp2 on the decimal digits so the binary suffix stays exact.
    for (int step = 0; step < suffix->exp2 / 10; ++step) {
        unsigned carry = 0;
        for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
            const unsigned product = unsigned(*it - '0') * 1024U + carry;
            *it = char('0' + product % 10);
            carry = product / 10;
        }
        while (carry > 0) {
            digits.insert(digits.begin(), char('0' + carry % 10));
            carry /= 10;
        }
    }

    // value = digits * 10^exp10; we want it in nano-units, rounded up away from zero.
    const int nanoShift = suffix->exp10 - fractionDigits + 9;
    bool roundUp = false;
    if (nanoShift >= 0) {
        digits.append(size_t(std::min(nanoShift, ExponentClamp)), '0');
    } else {
        const size_t drop = size_t(-nanoShift);
        if (drop >= digits.size()) {
            digits.clear(); // non-zero, so the remainder rounds up to one nano-unit
            roundUp = true;
        } else {
            roundUp = digits.find_first_not_of('0', digits.size() - drop) != std::string::npos;
            digits.resize(digits.size() - drop);
        }
    }
    // (2^63-1) * 1e9 + 999999999 has 28 digits; anything longer cannot fit.
    if (digits.size() > 28)
        return false;
    UInt128 total = 0;
    for (const char c : digits)
        total = total * 10 + UInt128(c - '0');
    if (roundUp)
        total += 1;
    if (total / NanosPerUnit > MaxUnits)
        return false;
    units = quint64(total / NanosPerUnit);
    nanos = quint32(total % NanosPerUnit);
    return true;
}

std::optional<qint64> applySign(UInt128 magnitude, bool negative)
{
    if (magnitude > MaxUnits)
        return std::nullopt;
    const auto value = qint64(magnitude);
    return negative ? -value : value;
}

} // namespace

std::optional<Quantity> Quantity::parse(QStringView text)
{
    Quantity q;
    if (!parseImpl(text.data(), text.size(), q.m_negative, q.m_units, q.m_nanos))
        return std::nullopt;
    return q;
}

std::optional<Quantity> Quantity::parse(QByteArrayView text)
{
    Quantity q;
    if (!parseImpl(text.data(), text.size(), q.m_negative, q.m_units, q.m_nanos))
        return std::nullopt;
    return q;
}

std::optional<qint64> Quantity::toNanos() const
{
    return applySign(UInt128(m_units) * NanosPerUnit + m_nanos, isNegative());
}

std::optional<qint64> Quantity::toMillis() const
{
    constexpr quint32 NanosPerMilli = 1'000'000;
    const quint32 millis = (m_nanos + NanosPerMilli - 1) / NanosPerMilli;
    return applySign(UInt128(m_units) * 1000 + millis, isNegative());
}

std::optional<qint64> Quantity::toUnits() const
{
    return applySign(UInt128(m_units) + (m_nanos > 0 ? 1 : 0), isNegative());
}

std::strong_ordering Quantity::compare(const Quantity &other) const
{
    const bool negative = isNegative();
    if (negative != other.isNegative())
        return negative ? std::strong_ordering::less : std::strong_ordering::greater;
    const std::strong_ordering magnitude =
        m_units != other.m_units ? m_units <=> other.m_units : m_nanos <=> other.m_nanos;
    // Both negative: the larger magnitude is the smaller number.
    return negative ? 0 <=> magnitude : magnitude;
}

std::optional<qint64> parseMilliValue(QStringView text)
{
    const std::optional<Quantity> q = Quantity::parse(text);
    return q ? q->toMillis() : std::nullopt;
}

std::optional<qint64> parseNanoValue(QStringView text)
{
    const std::optional<Quantity> q = Quantity::parse(text);
    return q ? q->toNanos() : std::nullopt;
}

std::optional<qint64> parseValue(QStringView text)
{
    const std::optional<Quantity> q = Quantity::parse(text);
    return q ? q->toUnits() : std::nullopt;
}

} // namespace maestro
