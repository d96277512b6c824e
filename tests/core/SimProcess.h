// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <csignal>
#include <sys/prctl.h>

namespace maestro::test {

/// The maestro-sim binary as a process of its own, with a kubeconfig for it.
class SimProcess
{
public:
    bool start(const QStringList &arguments)
    {
        m_waitFor = arguments.contains(QStringLiteral("--fault-free-port")) ? "fault-free on "
                                                                            : "listening on ";
        m_process.setProgram(QStringLiteral(MAESTRO_BIN_DIR "/maestro-sim"));
        m_process.setArguments(arguments +
                               QStringList{QStringLiteral("--kubeconfig-out"), kubeconfigPath()});
        // Gone with the test, also when the test is killed half-way.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30000 && !(out.contains(m_waitFor) && out.endsWith('\n'))) {
            m_process.waitForReadyRead(1000);
            out += m_process.readAllStandardOutput();
        }
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("listening on "))
                m_url = QUrl(QString::fromUtf8(line.mid(13).trimmed()));
            else if (line.startsWith("fault-free on "))
                m_faultFreeUrl = QUrl(QString::fromUtf8(line.mid(14).trimmed()));
        }
        QFile kubeconfig(kubeconfigPath());
        if (!kubeconfig.open(QIODevice::ReadOnly))
            return false;
        m_kubeconfig = kubeconfig.readAll();
        return m_url.isValid() && (m_waitFor == "listening on " || m_faultFreeUrl.isValid());
    }
    /// Stops it; returns what it said on standard error (its fault counts).
    QByteArray stop()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
        return m_process.readAllStandardError();
    }
    ~SimProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QUrl faultFreeUrl() const { return m_faultFreeUrl; }
    QByteArray kubeconfig() const { return m_kubeconfig; }
    QString kubeconfigPath() const { return m_dir.filePath(QStringLiteral("kc")); }

private:
    QTemporaryDir m_dir;
    QByteArray m_waitFor;
    QProcess m_process;
    QUrl m_url;
    QUrl m_faultFreeUrl;
    QByteArray m_kubeconfig;
};

} // namespace maestro::test
