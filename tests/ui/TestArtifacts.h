// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Screenshots the GUI tests keep in MAESTRO_TEST_ARTIFACTS (scripts/test.sh sets it), for
// a person to look at.

#include <QCoreApplication>
#include <QEvent>
#include <QPixmap>
#include <QString>
#include <QTest>
#include <QWidget>

namespace maestro::test {

/// Saves `widget` as `name` (a PNG) as a person would see it: after the layouts that the
/// last changes asked for, which a grab() alone does not wait for (a label given a longer
/// text would show its first line only). False when the file could not be written; true
/// when no directory is set.
inline bool saveArtifact(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("MAESTRO_TEST_ARTIFACTS");
    if (dir.isEmpty())
        return true;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QTest::qWait(50); // and the repaints and geometry changes those layouts posted
    return widget->grab().save(dir + u'/' + name);
}

} // namespace maestro::test
