// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kube/CompactText.h"

#include <array>
#include <optional>

namespace maestro::kube {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1; // upper case is not canonical: QUuid would give it back in lower case
}

/// "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", lower-case hex: the form QUuid writes back.
std::optional<QUuid> canonicalUuid(std::string_view text)
{
    if (text.size() != 36)
        return std::nullopt;
    std::array<uchar, 16> bytes{};
    int byte = 0;
    for (size_t i = 0; i < text.size();) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != '-')
                return std::nullopt;
            ++i;
            continue;
        }
        const int high = hexDigit(text[i]);
        const int low = hexDigit(text[i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes[size_t(byte++)] = uchar(high << 4 | low);
        i += 2;
    }
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

/// Digits without a leading zero (or "0" itself), within qint64: the form QString::number
/// writes back. 18 digits at most, so no overflow check is needed.
std::optional<qint64> canonicalNumber(std::string_view text)
{
    if (text.empty() || text.size() > 18 || (text.size() > 1 && text[0] == '0'))
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

CompactText CompactText::fromUtf8(std::string_view text)
{
    CompactText compact;
    if (const auto number = canonicalNumber(text))
        compact.m_value = *number;
    else if (const auto uuid = canonicalUuid(text))
        compact.m_value = *uuid;
    else if (!text.empty())
        compact.m_value = QString::fromUtf8(text.data(), qsizetype(text.size()));
    return compact;
}

CompactText CompactText::fromString(const QString &text)
{
    // Both compact forms are ASCII; anything else stays text.
    for (const QChar c : text) {
        if (c.unicode() > 0x7f) {
            CompactText compact;
            compact.m_value = text;
            return compact;
        }
    }
    const QByteArray ascii = text.toLatin1();
    return fromUtf8(std::string_view(ascii.constData(), size_t(ascii.size())));
}

QString CompactText::toString() const
{
    if (const auto *number = std::get_if<qint64>(&m_value))
        return QString::number(*number);
    if (const auto *uuid = std::get_if<QUuid>(&m_value))
        return uuid->toString(QUuid::WithoutBraces);
    return std::get<QString>(m_value);
}

} // namespace maestro::kube
