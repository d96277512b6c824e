// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace maestro::sim {

/// What applying a patch came to: the patched object, or why it could not be applied.
struct PatchOutcome
{
    QJsonObject object;
    QString error;           ///< empty when the patch applied
    bool testFailed = false; ///< a JSON patch "test" operation did not hold
    QString failedTestPath;  ///< its path
    bool ok() const { return error.isEmpty(); }
};

/// RFC 7386 JSON merge patch: objects merge, null removes, everything else replaces.
PatchOutcome applyMergePatch(const QJsonObject &target, const QJsonValue &patch);

/// A strategic merge patch on the fields maestro-sim lets clients change (scalars and
/// maps): the same as a merge patch once the `$patch`, `$retainKeys` and
/// `$setElementOrder/...` directives are dropped. Lists are replaced, not merged by key.
PatchOutcome applyStrategicMergePatch(const QJsonObject &target, const QJsonValue &patch);

/// RFC 6902 JSON patch: add, remove, replace, move, copy and test, with RFC 6901 pointers.
PatchOutcome applyJsonPatch(const QJsonObject &target, const QJsonValue &operations);

} // namespace maestro::sim
