// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/ReportCommand.h"

#include "app/demo/DemoCluster.h"
#include "app/kube/ClusterConnection.h"
#include "app/kubeconfig/Kubeconfig.h"
#include "app/report/ClusterReport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

namespace maestro {

int runReport(const ReportArguments &arguments)
{
    // The report's stderr is for what went wrong. The backend's progress lines (state
    // changes, retries) are for the app's log; whoever wants them sets QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("maestro.*.debug=false\n"
                                                        "maestro.*.info=false"));
    QTextStream err(stderr);
    QTextStream out(stdout);
    auto tr = [](const char *text) {
        return QCoreApplication::translate("maestro::ReportCommand", text);
    };

    DemoCluster demo;
    ResolvedContext context;
    if (arguments.demo) {
        QString error;
        if (!demo.start(arguments.demoScenario, arguments.demoSpeed, &error)) {
            err << "maestro: " << error << Qt::endl;
            return ClusterReport::CannotConnect;
        }
        context = demo.context();
    } else {
        const Kubeconfig kubeconfig = arguments.kubeconfig.isEmpty()
                                          ? Kubeconfig::load()
                                          : Kubeconfig::loadFiles({arguments.kubeconfig});
        for (const KubeconfigIssue &issue : kubeconfig.issues())
            err << "maestro: " << issue.toString() << Qt::endl;
        const QString name =
            arguments.context.isEmpty() ? kubeconfig.currentContext() : arguments.context;
        if (name.isEmpty()) {
            err << "maestro: " << tr("no context given and the kubeconfig names no current-context")
                << Qt::endl;
            return ClusterReport::CannotConnect;
        }
        const auto found = kubeconfig.context(name);
        if (!found) {
            err << "maestro: "
                << QCoreApplication::translate("maestro::ReportCommand",
                                               "context \"%1\" not found (or not loadable)")
                       .arg(name)
                << Qt::endl;
            return ClusterReport::CannotConnect;
        }
        context = *found;
    }

    kube::ClusterConnection connection(context);
    ClusterReport report(&connection, arguments.watchSeconds);
    QEventLoop loop;
    int exitCode = 0;
    QObject::connect(&report, &ClusterReport::done, &loop, [&](int code) {
        exitCode = code;
        loop.quit();
    });
    report.run();
    loop.exec();
    connection.close();
    if (exitCode == ClusterReport::CannotConnect) {
        err << "maestro: " << report.errorString() << Qt::endl;
        return exitCode;
    }
    if (arguments.json)
        out << QJsonDocument(report.json()).toJson(QJsonDocument::Indented);
    else
        out << report.text() << Qt::endl;
    return exitCode;
}

} // namespace maestro
