// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/ReportCommand.h"

#include "app/advisor/Advisor.h"
#include "app/demo/DemoCluster.h"
#include "app/kube/ClusterConnection.h"
#include "app/kubeconfig/Kubeconfig.h"
#include "app/report/ClusterReport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
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
            err << "maestro: "
                << QCoreApplication::translate(
                       "maestro::ReportCommand",
                       "no context given and the kubeconfig names no current-context")
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
    // A report observes for seconds, not hours: sample metrics and etcd's log often
    // enough that the advisor has figures to judge by the end.
    connection.metrics()->setInterval(2000);
    connection.etcd()->setInterval(5000);
    ClusterReport report(&connection, arguments.watchSeconds);
    // The advisor watches along with the report and has the last word on the exit code:
    // 0 nothing worse than info, 1 warnings, 2 critical findings.
    advisor::Advisor advisor(&connection);
    report.addSection([&advisor](QJsonObject &json, QStringList &text) {
        advisor.evaluateNow();
        QJsonArray findings;
        int code = ClusterReport::Ok;
        text.append(QCoreApplication::translate("maestro::ReportCommand", "Advisor: %1")
                        .arg(advisor.verdictText()));
        for (const advisor::Finding &finding : advisor.findings()) {
            QJsonObject entry = finding.toJson();
            entry.remove(QStringLiteral("startedAt"));
            findings.append(entry);
            if (finding.severity == advisor::Finding::Critical)
                code = std::max<int>(code, ClusterReport::Critical);
            else if (finding.severity == advisor::Finding::Warning)
                code = std::max<int>(code, ClusterReport::Warnings);
            text.append(QStringLiteral("  [%1] %2: %3")
                            .arg(advisor::Finding::severityText(finding.severity), finding.id,
                                 finding.summary));
            for (const QString &line : finding.evidence)
                text.append(QStringLiteral("      ") + line);
            if (!finding.action.isEmpty())
                text.append(QStringLiteral("      → ") + finding.actionText());
        }
        json.insert(QStringLiteral("findings"), findings);
        json.insert(QStringLiteral("verdict"), advisor::verdictKey(advisor.verdict()));
        return code;
    });
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
