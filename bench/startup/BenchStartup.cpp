// SPDX-License-Identifier: GPL-3.0-or-later
// bench-startup: runs the real `maestro` executable (offscreen) and measures
//   --mode startup  process start to the first window exposed and painted (the Dashboard
//                   with the kubeconfig's contexts);
//   --mode idle     CPU use of the app connected to a cluster, window open on that cluster,
//                   over --seconds after --settle seconds.
// The first frame is noted by a probe preloaded into the process (FirstFrameProbe.cpp).
// The app gets a home of its own, so it neither reads nor writes the user's settings.
// Prints one line of JSON.
#include "bench/support/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <ctime>
#include <unistd.h>

using namespace maestro::bench;

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

/// utime + stime of a process, all threads, in seconds.
double cpuSecondsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // The command name may contain spaces: the fields start after its closing parenthesis.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of proc(5), counted from the state (field 3) here.
    const double ticks = fields.value(14 - 3).toDouble() + fields.value(15 - 3).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

double rssMbOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

class AppRun
{
public:
    AppRun(const QString &app, const QString &probe, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = m_home.path();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
        env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/state"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LD_PRELOAD"), probe);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        const qint64 start = monotonicNs();
        env.insert(QStringLiteral("MAESTRO_BENCH_T0_NS"), QString::number(start));
        m_process.setProcessEnvironment(env);
        m_process.start(app, arguments);
    }
    ~AppRun()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    /// The probe's figure `name` ("first-frame-ms"), once printed; -1 after `timeoutMs`.
    double waitForFigure(const QByteArray &name, int timeoutMs)
    {
        return waitForLine(name, timeoutMs).toDouble(nullptr);
    }
    QByteArray waitForLine(const QByteArray &name, int timeoutMs)
    {
        QElapsedTimer elapsed;
        elapsed.start();
        while (elapsed.elapsed() < timeoutMs) {
            for (const QByteArray &line : m_stderr.split('\n')) {
                if (line.startsWith(name + ' '))
                    return line.mid(name.size() + 1);
            }
            if (m_process.state() == QProcess::NotRunning)
                return "-1";
            m_process.waitForReadyRead(100);
            m_stderr += m_process.readAllStandardError();
        }
        return "-1";
    }
    qint64 pid() const { return m_process.processId(); }
    QString log() const { return QString::fromLocal8Bit(m_stderr.right(2000)); }

private:
    QTemporaryDir m_home;
    QProcess m_process;
    QByteArray m_stderr;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench-startup"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the maestro executable's start-up and idle CPU use."));
    parser.addHelpOption();
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  QStringLiteral("startup (default) or idle."),
                                  QStringLiteral("MODE"), QStringLiteral("startup"));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                        QStringLiteral("Kubeconfig the app reads."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     QStringLiteral("Context to open (idle; default maestro-sim)."),
                                     QStringLiteral("NAME"), QStringLiteral("maestro-sim"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Idle measurement window (default 60)."),
                                     QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption settle(
        QStringLiteral("settle"),
        QStringLiteral("Seconds between the first frame and the idle window (default 10)."),
        QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption appPath(QStringLiteral("app"),
                                     QStringLiteral("The maestro executable."),
                                     QStringLiteral("FILE"), QStringLiteral(MAESTRO_BENCH_APP));
    const QCommandLineOption probePath(QStringLiteral("probe"),
                                       QStringLiteral("The first-frame probe library."),
                                       QStringLiteral("FILE"), QStringLiteral(MAESTRO_BENCH_PROBE));
    parser.addOptions({mode, kubeconfig, context, seconds, settle, appPath, probePath});
    parser.process(app);
    if (!parser.isSet(kubeconfig))
        return failed(QStringLiteral("--kubeconfig is required"));
    bool ok = false;
    const double windowS = parser.value(seconds).toDouble(&ok);
    if (!ok || windowS <= 0)
        return failed(QStringLiteral("--seconds wants a positive number"));
    const double settleS = parser.value(settle).toDouble(&ok);
    if (!ok || settleS < 0)
        return failed(QStringLiteral("--settle wants a number"));

    if (parser.value(mode) == u"startup") {
        AppRun run(parser.value(appPath), parser.value(probePath),
                   {QStringLiteral("--kubeconfig"), parser.value(kubeconfig)});
        const double firstFrame = run.waitForFigure("first-frame-ms", 60000);
        const double exposed = run.waitForFigure("first-exposed-ms", 1000);
        if (firstFrame < 0)
            return failed(QStringLiteral("no window within 60 s:\n%1").arg(run.log()));
        printFigures({{QStringLiteral("startup_ms"), firstFrame},
                      {QStringLiteral("startup_window"),
                       QString::fromUtf8(run.waitForLine("first-window", 1000))},
                      {QStringLiteral("startup_exposed_ms"), exposed},
                      {QStringLiteral("startup_rss_mb"), rssMbOf(run.pid())}});
        return 0;
    }
    if (parser.value(mode) != u"idle")
        return failed(QStringLiteral("--mode wants startup or idle"));

    AppRun run(parser.value(appPath), parser.value(probePath),
               {QStringLiteral("--kubeconfig"), parser.value(kubeconfig),
                QStringLiteral("--context"), parser.value(context)});
    if (run.waitForFigure("first-frame-ms", 60000) < 0)
        return failed(QStringLiteral("no window within 60 s:\n%1").arg(run.log()));
    QThread::msleep(qint64(settleS * 1000));
    const double cpuBefore = cpuSecondsOf(run.pid());
    QElapsedTimer wall;
    wall.start();
    QThread::msleep(qint64(windowS * 1000));
    const double cpuAfter = cpuSecondsOf(run.pid());
    const double elapsedS = double(wall.nsecsElapsed()) / 1e9;
    if (cpuBefore < 0 || cpuAfter < 0)
        return failed(QStringLiteral("the app ended during the measurement:\n%1").arg(run.log()));
    printFigures({{QStringLiteral("idle_cpu_percent"), (cpuAfter - cpuBefore) / elapsedS * 100},
                  {QStringLiteral("idle_seconds"), elapsedS},
                  {QStringLiteral("idle_rss_mb"), rssMbOf(run.pid())}});
    return 0;
}
