// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace maestro::sim {

enum class CertificatePurpose { Any, ClientAuth, ServerAuth };

/**
 * Verifies that `chain` (leaf first, then any intermediates) chains to `ca`, is within
 * its validity period now, and (unless Any) is fit for `purpose` by its extended key
 * usage. Only `ca` is trusted: the system store is not consulted, so a certificate
 * from a public CA never passes for one of ours.
 */
bool verifyCertificateChain(const QList<QSslCertificate> &chain, const QSslCertificate &ca,
                            CertificatePurpose purpose, QString *errorString = nullptr);

} // namespace maestro::sim
