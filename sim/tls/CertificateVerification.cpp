// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/tls/CertificateVerification.h"

#include "sim/tls/OpenSslUtil.h"

#include <openssl/x509_vfy.h>

namespace maestro::sim {

using namespace openssl;

namespace {

struct UntrustedStack
{
    STACK_OF(X509) *stack = sk_X509_new_null();
    ~UntrustedStack() { sk_X509_pop_free(stack, X509_free); }
};

} // namespace

bool verifyCertificateChain(const QList<QSslCertificate> &chain, const QSslCertificate &ca,
                            CertificatePurpose purpose, QString *errorString)
{
    auto fail = [errorString](const QString &why) {
        if (errorString)
            *errorString = why;
        return false;
    };
    if (chain.isEmpty() || chain.constFirst().isNull())
        return fail(QStringLiteral("no certificate"));
    if (ca.isNull())
        return fail(QStringLiteral("no certificate authority"));

    ERR_clear_error();
    X509Ptr leaf = x509FromDer(chain.constFirst().toDer());
    X509Ptr caCert = x509FromDer(ca.toDer());
    if (!leaf || !caCert)
        return fail(QStringLiteral("cannot parse certificate"));

    X509StorePtr store(X509_STORE_new());
    if (!store || X509_STORE_add_cert(store.get(), caCert.get()) != 1)
        return fail(lastErrorString());

    UntrustedStack untrusted;
    if (!untrusted.stack)
        return fail(lastErrorString());
    for (qsizetype i = 1; i < chain.size(); ++i) {
        X509Ptr intermediate = x509FromDer(chain.at(i).toDer());
        if (intermediate && sk_X509_push(untrusted.stack, intermediate.get()) > 0)
            intermediate.release();
    }

    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.stack) != 1)
        return fail(lastErrorString());
    if (purpose == CertificatePurpose::ClientAuth)
        X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_CLIENT);
    else if (purpose == CertificatePurpose::ServerAuth)
        X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_SERVER);

    if (X509_verify_cert(ctx.get()) != 1) {
        const int code = X509_STORE_CTX_get_error(ctx.get());
        ERR_clear_error();
        return fail(QString::fromLatin1(X509_verify_cert_error_string(code)));
    }
    if (errorString)
        errorString->clear();
    return true;
}

} // namespace maestro::sim
