// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>
#include <string_view>
#include <variant>

namespace maestro::kube {

/**
 * Text the API server makes in one of two shapes almost always: metadata.uid is a UUID
 * in its canonical lowercase form, metadata.resourceVersion a decimal number (etcd's
 * revision). Those are kept in the object itself, without a heap allocation of their
 * own (a QString of a uid costs 24 bytes in the object and 96 on the heap: about 20 MB
 * over 150,000 pods and 100,000 events). Any other text, which the API allows (both are
 * opaque to clients), is kept as it came.
 *
 * A text has exactly one form, so two are equal exactly when their texts are, and
 * toString() gives back the text read, byte for byte.
 */
class CompactText
{
public:
    CompactText() = default;
    /// From UTF-8 (the decoders read the server's bytes).
    static CompactText fromUtf8(std::string_view text);
    static CompactText fromString(const QString &text);

    QString toString() const;
    bool isEmpty() const
    {
        return std::holds_alternative<QString>(m_value) && std::get<QString>(m_value).isEmpty();
    }

    /// True when kept as text (neither compact form fitted it, or it is empty).
    bool isText() const { return std::holds_alternative<QString>(m_value); }

    friend bool operator==(const CompactText &a, const CompactText &b)
    {
        return a.m_value == b.m_value;
    }
    friend bool operator!=(const CompactText &a, const CompactText &b) { return !(a == b); }

private:
    std::variant<QString, QUuid, qint64> m_value;
};

} // namespace maestro::kube
