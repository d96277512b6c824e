// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/tls/CertificateAuthority.h"
#include "sim/tls/CertificateVerification.h"

#include <QDateTime>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslError>
#include <QTest>

using namespace maestro::sim;

namespace {

QVariant extensionValue(const QSslCertificate &cert, const QString &name)
{
    const QList<QSslCertificateExtension> extensions = cert.extensions();
    for (const QSslCertificateExtension &extension : extensions) {
        if (extension.name() == name)
            return extension.value();
    }
    return {};
}

bool hasError(const QList<QSslError> &errors, QSslError::SslError kind)
{
    for (const QSslError &error : errors) {
        if (error.error() == kind)
            return true;
    }
    return false;
}

} // namespace

class tst_CertificateAuthority : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
        // QSslCertificate::verify() trusts the default configuration's CAs: add ours.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(m_ca.certificate());
        QSslConfiguration::setDefaultConfiguration(configuration);
    }

    void caCertificate()
    {
        const QSslCertificate ca = m_ca.certificate();
        QVERIFY(!ca.isNull());
        QVERIFY(ca.isSelfSigned());
        QCOMPARE(ca.subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("maestro-sim-ca")});
        QVERIFY(m_ca.certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
        QCOMPARE(QSslCertificate(m_ca.certificatePem(), QSsl::Pem), ca);

        const QVariantMap constraints =
            extensionValue(ca, QStringLiteral("basicConstraints")).toMap();
        QCOMPARE(constraints.value(QStringLiteral("ca")).toBool(), true);
        QVERIFY(extensionValue(ca, QStringLiteral("keyUsage"))
                    .toStringList()
                    .contains(QStringLiteral("Certificate Sign")));

        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(ca.effectiveDate() < now);
        QVERIFY(ca.effectiveDate() > now.addSecs(-2 * 3600));
        QVERIFY(ca.expiryDate() > now.addDays(364));
    }

    void serverCertificate()
    {
        const IssuedCertificate server = m_ca.issueServerCertificate(
            {QStringLiteral("localhost"), QStringLiteral("maestro-sim.local")},
            {QStringLiteral("127.0.0.1"), QStringLiteral("::1")});
        QVERIFY2(!server.certificate.isNull(), qPrintable(m_ca.errorString()));
        QVERIFY(!server.key.isNull());
        QCOMPARE(server.key.algorithm(), QSsl::Ec);
        QCOMPARE(server.key.type(), QSsl::PrivateKey);
        QVERIFY(server.keyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(server.certificate.issuerDisplayName(), QStringLiteral("maestro-sim-ca"));
        QVERIFY(!server.certificate.isSelfSigned());

        const auto names = server.certificate.subjectAlternativeNames();
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("maestro-sim.local")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(!names.values(QSsl::IpAddressEntry).isEmpty());

        QVERIFY(extensionValue(server.certificate, QStringLiteral("extendedKeyUsage"))
                    .toStringList()
                    .contains(QStringLiteral("TLS Web Server Authentication")));

        // Verified the way a Qt client would, with the host names clients will use.
        QList<QSslError> errors =
            QSslCertificate::verify({server.certificate}, QStringLiteral("127.0.0.1"));
        QVERIFY2(errors.isEmpty(), qPrintable(QDebug::toString(errors)));
        errors = QSslCertificate::verify({server.certificate}, QStringLiteral("localhost"));
        QVERIFY2(errors.isEmpty(), qPrintable(QDebug::toString(errors)));
        errors = QSslCertificate::verify({server.certificate}, QStringLiteral("example.com"));
        QVERIFY(hasError(errors, QSslError::HostNameMismatch));

        QVERIFY(verifyCertificateChain({server.certificate}, m_ca.certificate(),
                                       CertificatePurpose::ServerAuth));
        // A serving certificate must not pass as a client certificate.
        QVERIFY(!verifyCertificateChain({server.certificate}, m_ca.certificate(),
                                        CertificatePurpose::ClientAuth));
    }

    void invalidIpAddressFails()
    {
        const IssuedCertificate server =
            m_ca.issueServerCertificate({}, {QStringLiteral("not-an-ip")});
        QVERIFY(server.certificate.isNull());
        QVERIFY(m_ca.errorString().contains(QStringLiteral("not-an-ip")));
    }

    void clientCertificate()
    {
        const IssuedCertificate client = m_ca.issueClientCertificate(
            QStringLiteral("jane"), {QStringLiteral("system:masters"), QStringLiteral("dev")});
        QVERIFY2(!client.certificate.isNull(), qPrintable(m_ca.errorString()));
        QVERIFY(!client.key.isNull());
        QCOMPARE(client.certificate.subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("jane")});
        QStringList groups = client.certificate.subjectInfo(QSslCertificate::Organization);
        groups.sort();
        QCOMPARE(groups, (QStringList{QStringLiteral("dev"), QStringLiteral("system:masters")}));
        QVERIFY(extensionValue(client.certificate, QStringLiteral("extendedKeyUsage"))
                    .toStringList()
                    .contains(QStringLiteral("TLS Web Client Authentication")));

        QString why;
        QVERIFY2(verifyCertificateChain({client.certificate}, m_ca.certificate(),
                                        CertificatePurpose::ClientAuth, &why),
                 qPrintable(why));

        CertificateAuthority other(QStringLiteral("other-ca"));
        QVERIFY(!verifyCertificateChain({client.certificate}, other.certificate(),
                                        CertificatePurpose::ClientAuth));
    }

    void serialsAreRandom()
    {
        const QSslCertificate a = m_ca.issueClientCertificate(QStringLiteral("a")).certificate;
        const QSslCertificate b = m_ca.issueClientCertificate(QStringLiteral("a")).certificate;
        QVERIFY(!a.serialNumber().isEmpty());
        QVERIFY(a.serialNumber() != b.serialNumber());
        QVERIFY(a.serialNumber() != m_ca.certificate().serialNumber());
    }

    void expiredCertificate()
    {
        const IssuedCertificate server = m_ca.issueServerCertificate(
            {QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")}, 0);
        QVERIFY(!server.certificate.isNull());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(server.certificate.expiryDate() < now);
        QVERIFY(server.certificate.effectiveDate() < server.certificate.expiryDate());
        const QList<QSslError> errors =
            QSslCertificate::verify({server.certificate}, QStringLiteral("127.0.0.1"));
        QVERIFY(hasError(errors, QSslError::CertificateExpired));

        const IssuedCertificate client = m_ca.issueClientCertificate(QStringLiteral("old"), {}, -5);
        QVERIFY(client.certificate.expiryDate() < now);
        QVERIFY(!verifyCertificateChain({client.certificate}, m_ca.certificate(),
                                        CertificatePurpose::ClientAuth));

        CertificateAuthority expiredCa(QStringLiteral("expired-ca"), 0);
        QVERIFY(expiredCa.isValid());
        QVERIFY(expiredCa.certificate().expiryDate() < now);
    }

private:
    CertificateAuthority m_ca;
};

QTEST_GUILESS_MAIN(tst_CertificateAuthority)
#include "tst_CertificateAuthority.moc"
