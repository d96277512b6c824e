// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/ReportCommand.h"
#include "app/version/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("maestro"));
    QCoreApplication::setOrganizationName(QStringLiteral("Maestro"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAESTRO_VERSION));

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
    parser.process(app);

    QTextStream err(stderr);
    if (parser.isSet(version)) {
        QTextStream(stdout) << maestro::versionLine() << Qt::endl;
        return 0;
    }
    if (parser.isSet(report)) {
        maestro::ReportArguments arguments;
        arguments.kubeconfig = parser.value(kubeconfig);
        arguments.context = parser.value(context);
        arguments.demo = parser.isSet(demo);
        if (!parser.positionalArguments().isEmpty())
            arguments.demoScenario = parser.positionalArguments().constFirst();
        bool ok = false;
        arguments.demoSpeed = parser.value(speed).toDouble(&ok);
        if (!ok || arguments.demoSpeed <= 0) {
            err << "maestro: --demo-speed wants a positive number" << Qt::endl;
            return 64;
        }
        arguments.watchSeconds = parser.value(watch).toInt(&ok);
        if (!ok || arguments.watchSeconds < 0) {
            err << "maestro: --watch wants a number of seconds" << Qt::endl;
            return 64;
        }
        arguments.json = parser.isSet(json);
        return maestro::runReport(arguments);
    }
    err << QCoreApplication::translate("maestro",
                                       "The desktop window is not available yet; use "
                                       "--report, or scripts/run.sh for the demo cluster.")
        << Qt::endl;
    return 1;
}
