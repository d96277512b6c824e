// SPDX-License-Identifier: GPL-3.0-or-later
// The warning a person sees when a cluster's kubeconfig turns TLS verification off: on
// that cluster's pages and in its report, and nowhere else.

#include "app/clusters/ClusterRegistry.h"
#include "app/kube/ClusterConnection.h"
#include "sim/server/SimServer.h"
#include "tests/ui/TestArtifacts.h"
#include "ui/main/MainWindow.h"

#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace maestro;
using namespace maestro::ui;
using State = kube::ClusterConnection::State;

namespace {

constexpr int ConnectMs = 30000;

} // namespace

class tst_SecurityWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void insecureClusterShowsTheWarning();
};

void tst_SecurityWarnings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SecurityWarnings::cleanupTestCase()
{
    // What the window's pages handed to deleteLater() goes now: no event loop runs after
    // the last test, and the leak checker would count it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void tst_SecurityWarnings::insecureClusterShowsTheWarning()
{
    sim::SimServerOptions options;
    options.cluster.scenario = QStringLiteral("ha");
    options.cluster.speed = 60;
    options.cluster.seed = 7;
    options.tls = true;
    options.token = QStringLiteral("warning-test-token");
    auto sim = std::make_unique<sim::SimServerThread>(options);
    QString error;
    QVERIFY2(sim->startAndWait(&error), qPrintable(error));

    // Two contexts for the same server: one verifies its certificate with the CA, the
    // other has no CA and says insecure-skip-tls-verify, as lab kubeconfigs often do.
    const QByteArray verified = sim->kubeconfig();
    QByteArray insecure = verified;
    const qsizetype ca = insecure.indexOf("    certificate-authority-data:");
    QVERIFY(ca > 0);
    insecure.replace(ca, insecure.indexOf('\n', ca) - ca, "    insecure-skip-tls-verify: true");
    insecure.replace("maestro-sim", "lab");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString verifiedFile = dir.filePath(QStringLiteral("verified.yaml"));
    const QString insecureFile = dir.filePath(QStringLiteral("insecure.yaml"));
    for (const auto &[path, content] :
         {std::pair{verifiedFile, verified}, std::pair{insecureFile, insecure}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    qputenv("KUBECONFIG", QFile::encodeName(verifiedFile + u':' + insecureFile));

    ClusterRegistry registry;
    registry.load();
    const QString labId = QStringLiteral("context:lab");
    const QString verifiedId = QStringLiteral("context:maestro-sim");
    QVERIFY(registry.entry(labId));
    QVERIFY(registry.entry(labId)->context.insecureSkipTlsVerify);
    QVERIFY(registry.entry(verifiedId));
    QVERIFY(!registry.entry(verifiedId)->context.insecureSkipTlsVerify);

    MainWindow window(&registry);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("insecureBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible()); // the Dashboard: no cluster, no warning

    window.openCluster(labId);
    QTRY_VERIFY(registry.connection(labId));
    QTRY_COMPARE_WITH_TIMEOUT(registry.connection(labId)->state(), State::Connected, ConnectMs);
    QTRY_VERIFY(banner->isVisible());
    bool explained = false;
    for (const QLabel *label : banner->findChildren<QLabel *>())
        explained = explained || label->text().contains(u"insecure-skip-tls-verify");
    QVERIFY(explained);
    QVERIFY(!banner->accessibleName().isEmpty()); // screen readers announce it too
    QVERIFY(test::saveArtifact(&window, QStringLiteral("insecure-tls-warning.png")));

    window.openCluster(verifiedId);
    QTRY_COMPARE_WITH_TIMEOUT(registry.connection(verifiedId)->state(), State::Connected,
                              ConnectMs);
    QTRY_VERIFY(!banner->isVisible());
    window.openCluster(labId);
    QTRY_VERIFY(banner->isVisible());
    qunsetenv("KUBECONFIG");
}

QTEST_MAIN(tst_SecurityWarnings)
#include "tst_SecurityWarnings.moc"
