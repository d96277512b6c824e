// SPDX-License-Identifier: GPL-3.0-or-later
// The real `maestro` binary on a real X server (Xvfb, which scripts/test.sh starts):
// it opens the demo on the Servers page, we take a screenshot of the screen with
// ImageMagick's `import` into MAESTRO_TEST_ARTIFACTS, check that it shows something,
// and end the app with SIGTERM.

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// Runs a short tool to its end; its standard output, or a null array when it failed.
QByteArray run(const QString &program, const QStringList &arguments, int timeoutMs = 20000)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(program), qPrintable(arguments.join(u' ')),
                 process.readAllStandardError().constData());
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    return out.isNull() ? QByteArray("") : out;
}

} // namespace

class tst_X11Screenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serversPageOnX11();

private:
    /// Whether a top-level window whose name contains `title` is on the display.
    bool windowShown(const QString &title) const;
    /// How many colours a screenshot holds; -1 when it could not be read.
    int uniqueColours(const QString &png) const;
    bool capture(const QString &png) const;

    QString m_display;
    QString m_artifacts;
    QString m_import;
    QString m_identify;
    QString m_xwininfo; ///< optional: x11-utils
};

void tst_X11Screenshot::initTestCase()
{
    m_display = qEnvironmentVariable("MAESTRO_TEST_X11_DISPLAY");
    if (m_display.isEmpty())
        QSKIP("MAESTRO_TEST_X11_DISPLAY is not set: this test needs an X server "
              "(scripts/test.sh starts Xvfb and sets it)");
    m_artifacts = qEnvironmentVariable("MAESTRO_TEST_ARTIFACTS");
    if (m_artifacts.isEmpty())
        m_artifacts = QDir::temp().filePath(u"maestro-test-artifacts"_s);
    QVERIFY(QDir().mkpath(m_artifacts));
    m_import = QStandardPaths::findExecutable(u"import"_s);
    m_identify = QStandardPaths::findExecutable(u"identify"_s);
    m_xwininfo = QStandardPaths::findExecutable(u"xwininfo"_s);
    QVERIFY2(!m_import.isEmpty() && !m_identify.isEmpty(),
             "ImageMagick's import and identify are needed (Debian package imagemagick)");
    if (m_xwininfo.isEmpty())
        qWarning("xwininfo (Debian package x11-utils) is missing: the window is found by "
                 "screenshots instead");
    QVERIFY2(QFileInfo(QStringLiteral(MAESTRO_BIN_DIR "/maestro")).isExecutable(),
             "build the maestro target first");
}

bool tst_X11Screenshot::windowShown(const QString &title) const
{
    const QByteArray tree =
        run(m_xwininfo, {u"-display"_s, m_display, u"-root"_s, u"-tree"_s}, 5000);
    return QString::fromUtf8(tree).contains(title);
}

bool tst_X11Screenshot::capture(const QString &png) const
{
    return !run(m_import, {u"-display"_s, m_display, u"-window"_s, u"root"_s, png}).isNull();
}

int tst_X11Screenshot::uniqueColours(const QString &png) const
{
    bool ok = false;
    const int n = run(m_identify, {u"-format"_s, u"%k"_s, png}).trimmed().toInt(&ok);
    return ok ? n : -1;
}

void tst_X11Screenshot::serversPageOnX11()
{
    // A home of its own, an empty kubeconfig: the app sees no user files.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DISPLAY"_s, m_display);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"KUBECONFIG"_s, home.filePath(u"kube/config"_s));
    env.remove(u"WAYLAND_DISPLAY"_s);

    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.setStandardOutputFile(QDir(m_artifacts).filePath(u"servers-x11.log"_s));
    app.start(QStringLiteral(MAESTRO_BIN_DIR "/maestro"),
              {u"--demo"_s, u"shared-master"_s, u"--demo-speed"_s, u"60"_s});
    QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
    const auto stop = qScopeGuard([&app] {
        if (app.state() != QProcess::NotRunning) {
            app.kill();
            app.waitForFinished(5000);
        }
    });

    // The window: its title names the Servers page of the demo.
    const QString png = QDir(m_artifacts).filePath(u"servers-x11.png"_s);
    const QString title = u"Servers — Demo cluster (simulated)"_s;
    QElapsedTimer shown;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     if (app.state() != QProcess::Running)
                         return true;
                     if (!m_xwininfo.isEmpty())
                         return windowShown(title);
                     return capture(png) && uniqueColours(png) > 50;
                 },
                 30000),
             "no maestro window appeared within 30 s");
    QVERIFY2(app.state() == QProcess::Running, "maestro quit on its own; see servers-x11.log");
    shown.start();

    // The Servers page fills within a few simulated minutes (speed 60: seconds here).
    // Nothing outside the app says when, so give it a few seconds, watching for a crash.
    if (QTest::qWaitFor([&] { return app.state() != QProcess::Running; }, 4000))
        QFAIL("maestro quit on its own; see servers-x11.log");
    QVERIFY(capture(png));

    const QFileInfo info(png);
    QVERIFY(info.exists());
    qInfo("screenshot %s: %lld bytes, %d colours, %lld ms after the window appeared",
          qPrintable(png), info.size(), uniqueColours(png), shown.elapsed());
    QVERIFY2(info.size() > 20 * 1024, qPrintable(u"only %1 bytes"_s.arg(info.size())));
    const int colours = uniqueColours(png);
    QVERIFY2(colours > 50, qPrintable(u"only %1 colours: a blank screen?"_s.arg(colours)));

    // SIGTERM ends it.
    app.terminate();
    QVERIFY2(app.waitForFinished(10000), "maestro did not exit on SIGTERM");
    qInfo("maestro ended: %s, code %d",
          app.exitStatus() == QProcess::NormalExit ? "normal exit" : "killed by the signal",
          app.exitCode());
}

QTEST_GUILESS_MAIN(tst_X11Screenshot)
#include "tst_X11Screenshot.moc"
