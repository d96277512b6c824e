// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <memory>

namespace maestro::sim {

/// A certificate and its private key, both also as PEM.
struct IssuedCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QByteArray certificatePem;
    QByteArray keyPem;
};

/**
 * A throw-away certificate authority minted at start with OpenSSL's libcrypto
 * (Qt cannot generate keys). It signs the simulator's serving certificate and
 * client certificates for tests of client-certificate authentication.
 */
class CertificateAuthority
{
public:
    /// Creates a new CA (EC P-256 key, self-signed, valid for `validDays`).
    explicit CertificateAuthority(const QString &commonName = QStringLiteral("maestro-sim-ca"),
                                  int validDays = 365);
    ~CertificateAuthority();
    CertificateAuthority(const CertificateAuthority &) = delete;
    CertificateAuthority &operator=(const CertificateAuthority &) = delete;

    bool isValid() const;
    QString errorString() const;

    QSslCertificate certificate() const;
    QByteArray certificatePem() const;

    /// A serving certificate with these DNS names and IP addresses as subjectAltNames.
    /// `validFromOffsetDays` may be negative; with `validDays` <= 0 the certificate
    /// is already expired (for tests of TLS failures).
    IssuedCertificate issueServerCertificate(const QStringList &dnsNames,
                                             const QStringList &ipAddresses,
                                             int validDays = 365) const;
    /// A client certificate: CN is the user name, O entries are the groups
    /// (the way Kubernetes reads client certificates).
    IssuedCertificate issueClientCertificate(const QString &userName,
                                             const QStringList &groups = {},
                                             int validDays = 365) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace maestro::sim
