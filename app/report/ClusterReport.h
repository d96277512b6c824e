// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace maestro::kube {
class ClusterConnection;
}

namespace maestro {

/**
 * `maestro --report`: connects without a window, observes the cluster for a while
 * and summarises it (nodes with role, size and load; pods; events; the API's
 * latency as the app experienced it). Others can add sections (the advisor).
 */
class ClusterReport : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Ok = 0, Warnings = 1, Critical = 2, CannotConnect = 3 };

    ClusterReport(kube::ClusterConnection *connection, int watchSeconds, QObject *parent = nullptr);

    void setConnectTimeout(int seconds) { m_connectTimeoutSeconds = seconds; }
    /// Extra sections, filled in at the end of the observation: (json, text lines) -> exit code.
    using Section = std::function<int(QJsonObject &, QStringList &)>;
    void addSection(Section section) { m_sections.append(std::move(section)); }

    void run();
    QJsonObject json() const { return m_json; }
    QString text() const { return m_text.join(u'\n'); }
    QString errorString() const { return m_error; }

    /// The summary of what the connection holds now.
    static QJsonObject summarize(const kube::ClusterConnection &connection, QStringList *text);

Q_SIGNALS:
    void done(int exitCode);

private:
    void onConnected();
    void finish();
    void failConnecting(const QString &message);

    QPointer<kube::ClusterConnection> m_connection;
    int m_watchSeconds;
    int m_connectTimeoutSeconds = 60;
    QTimer m_connectTimer;
    QTimer m_watchTimer;
    QList<Section> m_sections;
    QJsonObject m_json;
    QStringList m_text;
    QString m_error;
    bool m_finished = false;
    bool m_connected = false;
};

} // namespace maestro
