// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/clusters/ClusterRegistry.h"
#include "ui/i18n/Translations.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// The clusters of the test's own (empty) kubeconfig and the demo, fast: 60 s a second.
inline std::unique_ptr<maestro::ClusterRegistry> makeDemoRegistry()
{
    auto registry = std::make_unique<maestro::ClusterRegistry>();
    registry->load();
    registry->setDemoOptions(QStringLiteral("shared-master"), 60);
    return registry;
}

/**
 * The main() of a test of the window: never the user's files (a home of its own and a
 * kubeconfig in an empty folder, set before QSettings or the kubeconfig loader read the
 * environment), the offscreen platform unless told otherwise, and the English catalogue
 * as the app installs it ("%n" messages get their plural forms).
 */
template<typename Test>
int runWindowTest(int argc, char *argv[], const QString &name)
{
    QTemporaryDir home;
    if (!home.isValid())
        return 1;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    qputenv("KUBECONFIG", QFile::encodeName(home.filePath(QStringLiteral("kube/config"))));
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(name);
    QStandardPaths::setTestModeEnabled(true);
    maestro::ui::installTranslations(QStringLiteral("en"));
    Test test;
    return QTest::qExec(&test, argc, argv);
}
