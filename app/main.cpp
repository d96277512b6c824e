// SPDX-License-Identifier: GPL-3.0-or-later
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
    QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("maestro", "Show the version."));
    parser.addOption(versionOption);
    parser.process(app);
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << maestro::versionLine() << Qt::endl;
        return 0;
    }
    QTextStream(stderr) << QCoreApplication::translate(
                               "maestro", "The desktop window is not available yet; run "
                                          "scripts/run.sh to start the demo cluster.")
                        << Qt::endl;
    return 1;
}
