// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/api/Selectors.h"

#include <QRegularExpression>

namespace maestro::sim {

namespace {

/// Splits on commas that are not inside parentheses ("a in (x,y),b=c").
QStringList splitTopLevel(const QString &text)
{
    QStringList parts;
    int depth = 0;
    QString current;
    for (QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

bool validLabelKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral(
        "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$"));
    return key.size() <= 316 && re.match(key).hasMatch();
}

bool validLabelValue(const QString &value)
{
    static const QRegularExpression re(
        QStringLiteral("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"));
    return value.size() <= 63 && re.match(value).hasMatch();
}

} // namespace

std::optional<Selector> Selector::parseLabels(const QString &text, QString *error)
{
    Selector selector;
    if (text.trimmed().isEmpty())
        return selector;
    static const QRegularExpression setRe(
        QStringLiteral("^\\s*(\\S+)\\s+(in|notin)\\s*\\(([^)]*)\\)\\s*$"));
    static const QRegularExpression eqRe(
        QStringLiteral("^\\s*([^=!\\s]+)\\s*(==|=|!=)\\s*(\\S*)\\s*$"));
    for (const QString &part : splitTopLevel(text)) {
        Requirement r;
        QRegularExpressionMatch m;
        if ((m = setRe.match(part)).hasMatch()) {
            r.key = m.captured(1);
            r.op = m.captured(2) == u"in" ? Op::In : Op::NotIn;
            for (const QString &v : m.captured(3).split(u',')) {
                if (!validLabelValue(v.trimmed())) {
                    *error = QStringLiteral("invalid label value: \"%1\"").arg(v.trimmed());
                    return std::nullopt;
                }
                r.values.append(v.trimmed());
            }
        } else if ((m = eqRe.match(part)).hasMatch()) {
            r.key = m.captured(1);
            r.op = m.captured(2) == u"!=" ? Op::NotEquals : Op::Equals;
            r.values = {m.captured(3)};
            if (!validLabelValue(r.values.first())) {
                *error = QStringLiteral("invalid label value: \"%1\"").arg(r.values.first());
                return std::nullopt;
            }
        } else {
            const QString trimmed = part.trimmed();
            if (trimmed.startsWith(u'!')) {
                r.key = trimmed.mid(1).trimmed();
                r.op = Op::DoesNotExist;
            } else {
                r.key = trimmed;
                r.op = Op::Exists;
            }
        }
        if (!validLabelKey(r.key)) {
            *error =
                QStringLiteral("unable to parse requirement: invalid label key \"%1\"").arg(r.key);
            return std::nullopt;
        }
        selector.m_requirements.push_back(r);
    }
    return selector;
}

std::optional<Selector> Selector::parseFields(const QString &text,
                                              const QStringList &supportedFields, QString *error)
{
    Selector selector;
    if (text.trimmed().isEmpty())
        return selector;
    static const QRegularExpression eqRe(
        QStringLiteral("^\\s*([^=!\\s]+)\\s*(==|=|!=)\\s*(.*?)\\s*$"));
    for (const QString &part : splitTopLevel(text)) {
        const QRegularExpressionMatch m = eqRe.match(part);
        if (!m.hasMatch()) {
            *error =
                QStringLiteral("invalid selector: '%1'; can't understand '%2'").arg(text, part);
            return std::nullopt;
        }
        Requirement r;
        r.key = m.captured(1);
        r.op = m.captured(2) == u"!=" ? Op::NotEquals : Op::Equals;
        r.values = {m.captured(3)};
        if (!supportedFields.contains(r.key)) {
            *error = QStringLiteral("field label not supported: %1").arg(r.key);
            return std::nullopt;
        }
        selector.m_requirements.push_back(r);
    }
    return selector;
}

bool Selector::matches(const QHash<QString, QString> &values) const
{
    for (const Requirement &r : m_requirements) {
        const auto it = values.constFind(r.key);
        const bool has = it != values.constEnd();
        switch (r.op) {
        case Op::Equals:
            if (!has || *it != r.values.first())
                return false;
            break;
        case Op::NotEquals:
            if (has && *it == r.values.first())
                return false;
            break;
        case Op::In:
            if (!has || !r.values.contains(*it))
                return false;
            break;
        case Op::NotIn:
            if (has && r.values.contains(*it))
                return false;
            break;
        case Op::Exists:
            if (!has)
                return false;
            break;
        case Op::DoesNotExist:
            if (has)
                return false;
            break;
        }
    }
    return true;
}

} // namespace maestro::sim
