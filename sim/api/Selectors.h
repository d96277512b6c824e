// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace maestro::sim {

/// A parsed `labelSelector` (equality- and set-based) or `fieldSelector` (equality only).
class Selector
{
public:
    enum class Op { Equals, NotEquals, In, NotIn, Exists, DoesNotExist };
    struct Requirement
    {
        QString key;
        Op op = Op::Equals;
        QStringList values;
    };

    /// Parses a label selector; returns nullopt and sets `error` when it is malformed.
    static std::optional<Selector> parseLabels(const QString &text, QString *error);
    /// Parses a field selector; keys not in `supportedFields` are an error, as in the
    /// API server ("field label not supported").
    static std::optional<Selector> parseFields(const QString &text,
                                               const QStringList &supportedFields, QString *error);

    bool isEmpty() const { return m_requirements.empty(); }
    bool matches(const QHash<QString, QString> &values) const;

private:
    std::vector<Requirement> m_requirements;
};

} // namespace maestro::sim
