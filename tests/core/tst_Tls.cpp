// SPDX-License-Identifier: GPL-3.0-or-later
// TLS as the app checks it, against a real TLS server on loopback whose certificate the
// test mints: signed by a CA the kubeconfig does not name, expired, or for another host
// name. Each is refused with the reason, before a request (and its token) is sent;
// insecure-skip-tls-verify lifts the check only when the kubeconfig says so.

#include "KubeTestSupport.h"

#include "app/kube/ClusterConnection.h"
#include "sim/tls/CertificateAuthority.h"

#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTest>

using namespace maestro;
using namespace maestro::kube;
using sim::CertificateAuthority;
using sim::IssuedCertificate;

namespace {

const QByteArray Token = "tls-test-token-7d21e0";

/// Answers every request with the /version of a Kubernetes API server, over TLS with the
/// certificate it is given. It records what arrived, so a test can tell whether a
/// refused connection still carried a request.
class FakeTlsApiServer : public QSslServer
{
public:
    explicit FakeTlsApiServer(const IssuedCertificate &serving)
    {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(serving.certificate);
        ssl.setPrivateKey(serving.key);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(ssl);
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_received.contains("\r\n\r\n"))
                        return;
                    ++m_requests;
                    const QByteArray body = R"({"major":"1","minor":"32","gitVersion":"v1.32.0"})";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: " +
                                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    m_received.clear();
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(serverPort())); }
    int requests() const { return m_requests; }

private:
    QByteArray m_received;
    int m_requests = 0;
};

/// A kubeconfig for the server as a user would write it; the context the app reads from it.
ResolvedContext contextFor(const QUrl &server, const QByteArray &caPem, bool insecure,
                           QList<KubeconfigIssue> *issues = nullptr)
{
    QByteArray yaml = "apiVersion: v1\nkind: Config\ncurrent-context: tls\nclusters:\n"
                      "- name: tls\n  cluster:\n    server: " +
                      server.toString().toUtf8() + "\n";
    if (!caPem.isEmpty())
        yaml += "    certificate-authority-data: " + caPem.toBase64() + "\n";
    if (insecure)
        yaml += "    insecure-skip-tls-verify: true\n";
    yaml += "users:\n- name: me\n  user:\n    token: " + Token +
            "\ncontexts:\n- name: tls\n  context:\n    cluster: tls\n    user: me\n";
    const Kubeconfig config = Kubeconfig::loadData(yaml, QStringLiteral("tls.yaml"));
    if (issues)
        *issues = config.issues();
    return config.context(QStringLiteral("tls")).value_or(ResolvedContext{});
}

} // namespace

class tst_Tls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void trustedCertificateConnects();
    void refusedWithTheReason_data();
    void refusedWithTheReason();
    void connectionShowsTheTlsFailure();
    void insecureOnlyWhenTheKubeconfigSaysSo();
    void insecureWithCaIsRefusedByTheLoader();

private:
    std::unique_ptr<CertificateAuthority> m_ca;
    std::unique_ptr<CertificateAuthority> m_otherCa;
};

void tst_Tls::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_ca = std::make_unique<CertificateAuthority>(QStringLiteral("cluster-ca"));
    m_otherCa = std::make_unique<CertificateAuthority>(QStringLiteral("someone-elses-ca"));
    QVERIFY2(m_ca->isValid(), qPrintable(m_ca->errorString()));
    QVERIFY2(m_otherCa->isValid(), qPrintable(m_otherCa->errorString()));
}

void tst_Tls::trustedCertificateConnects()
{
    // The control: the same server with a good certificate is reached, and gets the token.
    FakeTlsApiServer server(
        m_ca->issueServerCertificate({QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")}));
    QVERIFY(server.isListening());
    ApiClient client(contextFor(server.url(), m_ca->certificatePem(), false));
    std::unique_ptr<ApiRequest> request(client.get(QStringLiteral("/version")));
    QVERIFY(test::waitFinished(request.get()));
    QVERIFY2(request->ok(), qPrintable(request->error().describe()));
    QCOMPARE(server.requests(), 1);
}

void tst_Tls::refusedWithTheReason_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QStringList>("reasonWords"); // one of them must be in the message
    QTest::newRow("wrong CA") << QStringLiteral("wrong-ca")
                              << QStringList{
                                     QStringLiteral("issuer"), QStringLiteral("not trusted"),
                                     QStringLiteral("untrusted"), QStringLiteral("self signed")};
    QTest::newRow("expired") << QStringLiteral("expired") << QStringList{QStringLiteral("expired")};
    QTest::newRow("wrong host name")
        << QStringLiteral("wrong-host")
        << QStringList{QStringLiteral("host name"), QStringLiteral("hostname")};
}

void tst_Tls::refusedWithTheReason()
{
    QFETCH(QString, problem);
    QFETCH(QStringList, reasonWords);
    const QStringList names{QStringLiteral("localhost")};
    const QStringList ips{QStringLiteral("127.0.0.1")};
    IssuedCertificate serving;
    QByteArray trusted = m_ca->certificatePem();
    if (problem == u"wrong-ca") {
        serving = m_otherCa->issueServerCertificate(names, ips);
    } else if (problem == u"expired") {
        serving = m_ca->issueServerCertificate(names, ips, 0);
        QVERIFY(serving.certificate.expiryDate() <= QDateTime::currentDateTimeUtc());
    } else {
        serving = m_ca->issueServerCertificate({QStringLiteral("api.elsewhere.example")}, {});
    }
    QVERIFY(!serving.certificate.isNull());
    FakeTlsApiServer server(serving);
    QVERIFY(server.isListening());

    ApiClient client(contextFor(server.url(), trusted, false));
    std::unique_ptr<ApiRequest> request(client.get(QStringLiteral("/version")));
    QVERIFY(test::waitFinished(request.get()));
    QCOMPARE(request->error().kind, ApiErrorKind::Tls);
    const QString message = request->error().message.toLower();
    bool named = false;
    for (const QString &word : reasonWords)
        named = named || message.contains(word);
    QVERIFY2(named, qPrintable(message));
    QVERIFY2(request->error().describe().contains(u"certificate"),
             qPrintable(request->error().describe()));
    // Refused during the handshake: no request, so no token, ever reached the server,
    // and retrying cannot fix a certificate.
    QCOMPARE(server.requests(), 0);
    QCOMPARE(request->attempts(), 1);
}

void tst_Tls::connectionShowsTheTlsFailure()
{
    FakeTlsApiServer server(m_ca->issueServerCertificate({QStringLiteral("localhost")},
                                                         {QStringLiteral("127.0.0.1")}, 0));
    ClusterConnection connection(contextFor(server.url(), m_ca->certificatePem(), false));
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ClusterConnection::State::TlsFailure, 30000);
    QVERIFY2(connection.stateMessage().contains(u"expired", Qt::CaseInsensitive),
             qPrintable(connection.stateMessage()));
    QCOMPARE(server.requests(), 0);
}

void tst_Tls::insecureOnlyWhenTheKubeconfigSaysSo()
{
    // A self-made certificate the app cannot verify, as on many lab clusters.
    FakeTlsApiServer server(m_otherCa->issueServerCertificate({QStringLiteral("localhost")},
                                                              {QStringLiteral("127.0.0.1")}));
    const ResolvedContext checked = contextFor(server.url(), {}, false);
    QVERIFY(!checked.insecureSkipTlsVerify);
    ApiClient verifying(checked);
    QVERIFY(!verifying.insecureSkipTlsVerify());
    std::unique_ptr<ApiRequest> refused(verifying.get(QStringLiteral("/version")));
    QVERIFY(test::waitFinished(refused.get()));
    QCOMPARE(refused->error().kind, ApiErrorKind::Tls);
    QCOMPARE(server.requests(), 0);

    const ResolvedContext insecure = contextFor(server.url(), {}, true);
    QVERIFY(insecure.insecureSkipTlsVerify);
    ApiClient trusting(insecure);
    QVERIFY(trusting.insecureSkipTlsVerify()); // what the UI's warning reads
    std::unique_ptr<ApiRequest> accepted(trusting.get(QStringLiteral("/version")));
    QVERIFY(test::waitFinished(accepted.get()));
    QVERIFY2(accepted->ok(), qPrintable(accepted->error().describe()));
    QCOMPARE(server.requests(), 1);
}

void tst_Tls::insecureWithCaIsRefusedByTheLoader()
{
    // kubectl refuses a CA together with insecure-skip-tls-verify; so does the app, with an
    // issue, instead of silently dropping the check.
    QList<KubeconfigIssue> issues;
    const ResolvedContext context = contextFor(QUrl(QStringLiteral("https://127.0.0.1:6443")),
                                               m_ca->certificatePem(), true, &issues);
    QVERIFY(!context.insecureSkipTlsVerify);
    QVERIFY(!issues.isEmpty());
    QVERIFY2(issues.first().message.contains(u"insecure-skip-tls-verify"),
             qPrintable(issues.first().toString()));
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_Tls.moc"
