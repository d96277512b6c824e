// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/api/Patches.h"

#include <QJsonArray>

#include <optional>

namespace maestro::sim {

namespace {

QJsonValue mergeValue(const QJsonValue &target, const QJsonValue &patch, bool strategic)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (strategic && it.key().startsWith(u'$'))
            continue;
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergeValue(result.value(it.key()), it.value(), strategic));
    }
    return result;
}

PatchOutcome merge(const QJsonObject &target, const QJsonValue &patch, bool strategic)
{
    PatchOutcome outcome;
    if (!patch.isObject()) {
        outcome.error = QStringLiteral("a merge patch of an object must be a JSON object");
        return outcome;
    }
    outcome.object = mergeValue(target, patch, strategic).toObject();
    return outcome;
}

/// RFC 6901: "/a/b~1c" -> {"a", "b/c"}; nullopt for a pointer that does not start with '/'.
std::optional<QStringList> parsePointer(const QString &pointer)
{
    if (pointer.isEmpty())
        return QStringList();
    if (!pointer.startsWith(u'/'))
        return std::nullopt;
    QStringList tokens = pointer.mid(1).split(u'/');
    for (QString &token : tokens)
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
    return tokens;
}

bool arrayIndex(const QString &token, qsizetype size, bool allowEnd, qsizetype *index)
{
    if (allowEnd && token == u"-") {
        *index = size;
        return true;
    }
    bool ok = false;
    const qsizetype i = token.toLongLong(&ok);
    if (!ok || i < 0 || (token.size() > 1 && token.startsWith(u'0')))
        return false;
    *index = i;
    return allowEnd ? i <= size : i < size;
}

std::optional<QJsonValue> valueAt(const QJsonValue &root, const QStringList &tokens)
{
    QJsonValue current = root;
    for (const QString &token : tokens) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(token))
                return std::nullopt;
            current = object.value(token);
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            qsizetype index = 0;
            if (!arrayIndex(token, array.size(), false, &index))
                return std::nullopt;
            current = array.at(index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

enum class Edit { Add, Replace, Remove };

/// Applies one edit at tokens[depth..] below `node`; false with `error` when the path
/// does not lead anywhere the operation may act.
bool editAt(QJsonValue &node, const QStringList &tokens, int depth, Edit edit,
            const QJsonValue &value, QString *error)
{
    const QString &token = tokens.at(depth);
    const bool last = depth == tokens.size() - 1;
    if (node.isObject()) {
        QJsonObject object = node.toObject();
        if (last) {
            if (edit != Edit::Add && !object.contains(token)) {
                *error = QStringLiteral("the path \"%1\" does not exist").arg(token);
                return false;
            }
            if (edit == Edit::Remove)
                object.remove(token);
            else
                object.insert(token, value);
        } else {
            if (!object.contains(token)) {
                *error = QStringLiteral("the path \"%1\" does not exist").arg(token);
                return false;
            }
            QJsonValue child = object.value(token);
            if (!editAt(child, tokens, depth + 1, edit, value, error))
                return false;
            object.insert(token, child);
        }
        node = object;
        return true;
    }
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        qsizetype index = 0;
        if (!arrayIndex(token, array.size(), last && edit == Edit::Add, &index)) {
            *error = QStringLiteral("the array index \"%1\" is out of range").arg(token);
            return false;
        }
        if (last) {
            if (edit == Edit::Add)
                array.insert(index, value);
            else if (edit == Edit::Replace)
                array.replace(index, value);
            else
                array.removeAt(index);
        } else {
            QJsonValue child = array.at(index);
            if (!editAt(child, tokens, depth + 1, edit, value, error))
                return false;
            array.replace(index, child);
        }
        node = array;
        return true;
    }
    *error = QStringLiteral("the path \"%1\" does not lead into an object or array").arg(token);
    return false;
}

} // namespace

PatchOutcome applyMergePatch(const QJsonObject &target, const QJsonValue &patch)
{
    return merge(target, patch, false);
}

PatchOutcome applyStrategicMergePatch(const QJsonObject &target, const QJsonValue &patch)
{
    return merge(target, patch, true);
}

PatchOutcome applyJsonPatch(const QJsonObject &target, const QJsonValue &operations)
{
    PatchOutcome outcome;
    if (!operations.isArray()) {
        outcome.error = QStringLiteral("a JSON patch must be an array of operations");
        return outcome;
    }
    QJsonValue document = target;
    for (const QJsonValue &entry : operations.toArray()) {
        const QJsonObject operation = entry.toObject();
        const QString op = operation.value(QLatin1String("op")).toString();
        const QString path = operation.value(QLatin1String("path")).toString();
        const auto tokens = parsePointer(path);
        if (!tokens || tokens->isEmpty()) {
            outcome.error = QStringLiteral("invalid JSON pointer \"%1\" in a %2 operation")
                                .arg(path, op.isEmpty() ? QStringLiteral("patch") : op);
            return outcome;
        }
        const QJsonValue value = operation.value(QLatin1String("value"));
        QString error;
        bool applied = false;
        if (op == u"add" || op == u"replace") {
            if (value.isUndefined()) {
                outcome.error =
                    QStringLiteral("the %1 operation on \"%2\" has no value").arg(op, path);
                return outcome;
            }
            applied = editAt(document, *tokens, 0, op == u"add" ? Edit::Add : Edit::Replace, value,
                             &error);
        } else if (op == u"remove") {
            applied = editAt(document, *tokens, 0, Edit::Remove, {}, &error);
        } else if (op == u"test") {
            const auto current = valueAt(document, *tokens);
            if (!current || *current != value) {
                outcome.error = QStringLiteral("testing value %1 failed").arg(path);
                outcome.testFailed = true;
                outcome.failedTestPath = path;
                return outcome;
            }
            applied = true;
        } else if (op == u"move" || op == u"copy") {
            const auto from = parsePointer(operation.value(QLatin1String("from")).toString());
            const auto moved = from && !from->isEmpty() ? valueAt(document, *from) : std::nullopt;
            if (!moved) {
                outcome.error =
                    QStringLiteral("the \"from\" of a %1 operation does not exist").arg(op);
                return outcome;
            }
            applied = (op == u"copy" || editAt(document, *from, 0, Edit::Remove, {}, &error)) &&
                      editAt(document, *tokens, 0, Edit::Add, *moved, &error);
        } else {
            outcome.error = QStringLiteral("unknown JSON patch operation \"%1\"").arg(op);
            return outcome;
        }
        if (!applied) {
            outcome.error = QStringLiteral("%1 operation on %2: %3").arg(op, path, error);
            return outcome;
        }
    }
    outcome.object = document.toObject();
    return outcome;
}

} // namespace maestro::sim
