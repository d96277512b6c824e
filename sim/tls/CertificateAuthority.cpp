// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/tls/CertificateAuthority.h"

#include "sim/tls/OpenSslUtil.h"

#include <QHostAddress>

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <climits>

namespace maestro::sim {

namespace {

using namespace openssl;

constexpr long SecondsPerDay = 24 * 60 * 60;

struct CertificateSpec
{
    QString commonName;
    QStringList organizations;
    QStringList dnsNames;
    QStringList ipAddresses;
    bool isCa = false;
    const char *extendedKeyUsage = nullptr; // "serverAuth", "clientAuth" or none
    int validDays = 365;
};

EvpPkeyPtr generateKey()
{
    // P-256 is what every TLS stack we care about (Qt, Go, curl) accepts, and it is fast to mint.
    return EvpPkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

bool setRandomSerial(X509 *cert)
{
    // 128 random bits, top bit cleared so the DER integer stays positive and within 20 octets.
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f;
    bytes[0] |= 0x01; // never zero, never a leading zero octet
    BignumPtr serial(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return serial && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool setValidity(X509 *cert, int validDays)
{
    long notBefore = -60 * 60; // an hour of slack for clocks that are slightly behind
    long notAfter = 0;
    if (validDays > 0) {
        const long days = qMin<long>(validDays, 100L * 365);
        notAfter = days * SecondsPerDay;
    } else {
        // Expired on purpose (tests of TLS failures): valid for one day, ending yesterday.
        notBefore = -2 * SecondsPerDay;
        notAfter = -SecondsPerDay;
    }
    return X509_gmtime_adj(X509_getm_notBefore(cert), notBefore) != nullptr &&
           X509_gmtime_adj(X509_getm_notAfter(cert), notAfter) != nullptr;
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (utf8.isEmpty())
        return true;
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const char *value)
{
    X509ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}

// Built from GENERAL_NAME objects rather than a "DNS:a,IP:b" config string, so a name
// containing a comma cannot smuggle in another entry.
bool addSubjectAltNames(X509 *cert, const QStringList &dnsNames, const QStringList &ipAddresses,
                        QString *error)
{
    if (dnsNames.isEmpty() && ipAddresses.isEmpty())
        return true;
    GeneralNamesPtr names(GENERAL_NAMES_new());
    if (!names)
        return false;
    for (const QString &dns : dnsNames) {
        const QByteArray ascii = dns.toUtf8();
        ASN1_IA5STRING *ia5 = ASN1_IA5STRING_new();
        if (!ia5 || ASN1_STRING_set(ia5, ascii.constData(), int(ascii.size())) != 1) {
            ASN1_IA5STRING_free(ia5);
            return false;
        }
        GENERAL_NAME *name = GENERAL_NAME_new();
        if (!name) {
            ASN1_IA5STRING_free(ia5);
            return false;
        }
        GENERAL_NAME_set0_value(name, GEN_DNS, ia5);
        if (sk_GENERAL_NAME_push(names.get(), name) == 0) {
            GENERAL_NAME_free(name);
            return false;
        }
    }
    for (const QString &ip : ipAddresses) {
        ASN1_OCTET_STRING *octets = a2i_IPADDRESS(ip.toLatin1().constData());
        if (!octets) {
            *error = QStringLiteral("not an IP address: %1").arg(ip);
            return false;
        }
        GENERAL_NAME *name = GENERAL_NAME_new();
        if (!name) {
            ASN1_OCTET_STRING_free(octets);
            return false;
        }
        GENERAL_NAME_set0_value(name, GEN_IPADD, octets);
        if (sk_GENERAL_NAME_push(names.get(), name) == 0) {
            GENERAL_NAME_free(name);
            return false;
        }
    }
    return X509_add1_ext_i2d(cert, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

/// Builds and signs one certificate. With issuer/issuerKey null it is self-signed.
X509Ptr buildCertificate(const CertificateSpec &spec, EVP_PKEY *subjectKey, X509 *issuer,
                         EVP_PKEY *issuerKey, QString *error)
{
    X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 ||
        !setRandomSerial(cert.get()) || !setValidity(cert.get(), spec.validDays) ||
        X509_set_pubkey(cert.get(), subjectKey) != 1) {
        return nullptr;
    }

    X509_NAME *subject = X509_get_subject_name(cert.get());
    for (const QString &organization : spec.organizations) {
        if (!addNameEntry(subject, "O", organization))
            return nullptr;
    }
    if (!addNameEntry(subject, "CN", spec.commonName))
        return nullptr;

    X509 *issuerCert = issuer ? issuer : cert.get();
    EVP_PKEY *signingKey = issuerKey ? issuerKey : subjectKey;
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert)) != 1)
        return nullptr;

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuerCert, cert.get(), nullptr, nullptr, 0);

    const bool extensionsOk =
        (spec.isCa
             ? addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE") &&
                   addExtension(cert.get(), &ctx, NID_key_usage,
                                "critical,keyCertSign,cRLSign,digitalSignature")
             : addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE") &&
                   addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature")) &&
        addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash") &&
        addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always") &&
        (!spec.extendedKeyUsage ||
         addExtension(cert.get(), &ctx, NID_ext_key_usage, spec.extendedKeyUsage));
    if (!extensionsOk)
        return nullptr;
    if (!addSubjectAltNames(cert.get(), spec.dnsNames, spec.ipAddresses, error))
        return nullptr;

    if (X509_sign(cert.get(), signingKey, EVP_sha256()) <= 0)
        return nullptr;
    return cert;
}

QByteArray certificateToPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray keyToPem(EVP_PKEY *key)
{
    // PKCS#8 ("BEGIN PRIVATE KEY"): read by QSslKey, Go's tls.X509KeyPair and curl alike.
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

} // namespace

struct CertificateAuthority::Private
{
    EvpPkeyPtr key;
    X509Ptr cert;
    QSslCertificate certificate;
    QByteArray certificatePem;
    QString error;

    IssuedCertificate issue(const CertificateSpec &spec, QString *errorOut) const
    {
        if (!cert || !key) {
            *errorOut = QStringLiteral("certificate authority is not valid");
            return IssuedCertificate();
        }
        ERR_clear_error();
        EvpPkeyPtr subjectKey = generateKey();
        QString buildError;
        X509Ptr issued = subjectKey ? buildCertificate(spec, subjectKey.get(), cert.get(),
                                                       key.get(), &buildError)
                                    : nullptr;
        IssuedCertificate result;
        if (issued) {
            result.certificatePem = certificateToPem(issued.get());
            result.keyPem = keyToPem(subjectKey.get());
            result.certificate = QSslCertificate(result.certificatePem, QSsl::Pem);
            result.key = QSslKey(result.keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
        }
        if (result.certificate.isNull() || result.key.isNull()) {
            *errorOut = buildError.isEmpty() ? lastErrorString() : buildError;
            return IssuedCertificate();
        }
        return result;
    }
};

CertificateAuthority::CertificateAuthority(const QString &commonName, int validDays)
    : d(std::make_unique<Private>())
{
    ERR_clear_error();
    d->key = generateKey();
    if (!d->key) {
        d->error = lastErrorString();
        return;
    }
    CertificateSpec spec;
    spec.commonName = commonName;
    spec.isCa = true;
    spec.validDays = validDays;
    d->cert = buildCertificate(spec, d->key.get(), nullptr, nullptr, &d->error);
    if (d->cert) {
        d->certificatePem = certificateToPem(d->cert.get());
        d->certificate = QSslCertificate(d->certificatePem, QSsl::Pem);
    }
    if (d->certificate.isNull()) {
        if (d->error.isEmpty())
            d->error = lastErrorString();
        d->cert.reset();
        d->key.reset();
    }
}

CertificateAuthority::~CertificateAuthority() = default;

bool CertificateAuthority::isValid() const
{
    return !d->certificate.isNull();
}

QString CertificateAuthority::errorString() const
{
    return d->error;
}

QSslCertificate CertificateAuthority::certificate() const
{
    return d->certificate;
}

QByteArray CertificateAuthority::certificatePem() const
{
    return d->certificatePem;
}

IssuedCertificate CertificateAuthority::issueServerCertificate(const QStringList &dnsNames,
                                                               const QStringList &ipAddresses,
                                                               int validDays) const
{
    CertificateSpec spec;
    // Clients only look at the SANs; the CN is for people reading the certificate.
    spec.commonName = !dnsNames.isEmpty()      ? dnsNames.constFirst()
                      : !ipAddresses.isEmpty() ? ipAddresses.constFirst()
                                               : QStringLiteral("maestro-sim");
    spec.dnsNames = dnsNames;
    spec.ipAddresses = ipAddresses;
    spec.extendedKeyUsage = "serverAuth";
    spec.validDays = validDays;
    return d->issue(spec, &d->error);
}

IssuedCertificate CertificateAuthority::issueClientCertificate(const QString &userName,
                                                               const QStringList &groups,
                                                               int validDays) const
{
    CertificateSpec spec;
    spec.commonName = userName;
    spec.organizations = groups;
    spec.extendedKeyUsage = "clientAuth";
    spec.validDays = validDays;
    return d->issue(spec, &d->error);
}

} // namespace maestro::sim
