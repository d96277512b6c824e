// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/clusters/ClusterRegistry.h"
#include "app/platform/QuitSignals.h"
#include "app/report/ReportCommand.h"
#include "app/version/Version.h"
#include "ui/i18n/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/preferences/Preferences.h"
#include "ui/theme/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

#include <memory>

#include <sys/stat.h>

namespace {

/// The report and --version run without a display: decide before any QApplication.
bool isHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--report" || arg == "--version" || arg == "-v" || arg == "--help" ||
            arg == "-h")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Everything the app writes (settings, history databases, exports) is its user's
    // alone: together they tell which clusters exist and how they are run.
    ::umask(0077);
    std::unique_ptr<QCoreApplication> app(isHeadless(argc, argv) ? new QCoreApplication(argc, argv)
                                                                 : new QApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("maestro"));
    QCoreApplication::setOrganizationName(QStringLiteral("Maestro"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAESTRO_VERSION));
    maestro::ui::installTranslations(maestro::ui::chooseLanguage(app->arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("maestro", "Desktop administration of Kubernetes clusters"));
    parser.addHelpOption();
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("maestro", "Show the version."));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QCoreApplication::translate("maestro",
                                    "Print a report of the cluster without opening a window."));
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"),
        QCoreApplication::translate("maestro", "The kubeconfig to use."), QStringLiteral("FILE"));
    const QCommandLineOption context(
        QStringLiteral("context"),
        QCoreApplication::translate("maestro", "The kubeconfig context to open."),
        QStringLiteral("NAME"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("maestro",
                                    "Open the simulated demo cluster (scenario as argument: "
                                    "shared-master, undersized-master, ha, large)."));
    const QCommandLineOption speed(
        QStringLiteral("demo-speed"),
        QCoreApplication::translate("maestro",
                                    "Simulated seconds per real second in the demo (default 10)."),
        QStringLiteral("X"), QStringLiteral("10"));
    const QCommandLineOption watch(
        QStringLiteral("watch"),
        QCoreApplication::translate("maestro",
                                    "Seconds to observe the cluster for the report (default 10)."),
        QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("maestro", "Print the report as JSON."));
    parser.addOptions({version, report, kubeconfig, context, demo, speed, watch, json});
    parser.addPositionalArgument(
        QStringLiteral("scenario"),
        QCoreApplication::translate("maestro", "The demo scenario (with --demo)."),
        QStringLiteral("[SCENARIO]"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate(
            "maestro", "The language to use (for example de), instead of the system's."),
        QStringLiteral("LANGUAGE"));
    parser.addOption(language);
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("maestro", "system (default), light or dark."),
        QStringLiteral("THEME"));
    parser.addOption(theme);
    parser.process(*app);

    QTextStream err(stderr);
    if (parser.isSet(version)) {
        QTextStream(stdout) << maestro::versionLine() << Qt::endl;
        return 0;
    }
    bool ok = false;
    const double demoSpeed = parser.value(speed).toDouble(&ok);
    if (!ok || demoSpeed <= 0) {
        err << "maestro: --demo-speed wants a positive number" << Qt::endl;
        return 64;
    }
    const QString scenario = parser.positionalArguments().value(0, QStringLiteral("shared-master"));
    if (parser.isSet(report)) {
        maestro::ReportArguments arguments;
        arguments.kubeconfig = parser.value(kubeconfig);
        arguments.context = parser.value(context);
        arguments.demo = parser.isSet(demo);
        arguments.demoScenario = scenario;
        arguments.demoSpeed = demoSpeed;
        arguments.watchSeconds = parser.value(watch).toInt(&ok);
        if (!ok || arguments.watchSeconds < 0) {
            err << "maestro: --watch wants a number of seconds" << Qt::endl;
            return 64;
        }
        arguments.json = parser.isSet(json);
        return maestro::runReport(arguments);
    }

    const auto mode = parser.isSet(theme) ? maestro::ui::themeFromName(parser.value(theme))
                                          : maestro::ui::preferences::theme();
    if (!mode) {
        err << "maestro: --theme wants system, light or dark" << Qt::endl;
        return 64;
    }
    maestro::ui::applyTheme(*mode);
    // The launcher's id (Wayland app_id, the desktop's window-to-launcher match) and the
    // icon, from the theme when installed, else from the executable's resources.
    QGuiApplication::setDesktopFileName(QStringLiteral(MAESTRO_APP_ID));
    QIcon builtInIcon;
    for (const int size : {16, 32, 48, 64, 128, 256, 512})
        builtInIcon.addFile(QStringLiteral(":/icons/%1x%1/apps/" MAESTRO_APP_ID ".png").arg(size),
                            QSize(size, size));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(MAESTRO_APP_ID), builtInIcon));
    maestro::ClusterRegistry registry;
    registry.load(parser.value(kubeconfig));
    registry.setDemoOptions(scenario, demoSpeed);
    maestro::ui::MainWindow window(&registry);
    window.show();
    maestro::installQuitSignalHandler([&window] {
        window.close(); // saves the window's state like any close
        QCoreApplication::quit();
    });
    if (parser.isSet(demo) || !registry.hasKubeconfigContexts()) {
        // No kubeconfig (or --demo): the demo cluster opens directly.
        window.openCluster(QStringLiteral("demo"), maestro::ui::ApplicationPage::Section::Servers);
    } else if (parser.isSet(context)) {
        window.openCluster(QStringLiteral("context:") + parser.value(context));
    } else {
        window.restoreLastLocation(); // where the last run ended, if that cluster is still there
    }
    return QCoreApplication::exec();
}
