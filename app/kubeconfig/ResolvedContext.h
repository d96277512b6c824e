// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kubeconfig/ExecConfig.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <optional>

namespace maestro {

/// Where a secret (token, key, certificate) of a ResolvedContext came from, for the UI.
struct SecretOrigin
{
    enum class Kind {
        None,             ///< not set
        KubeconfigInline, ///< `token:` or a `*-data:` field of the kubeconfig itself
        File,             ///< a file the kubeconfig points at (`tokenFile`, `client-key`, ...)
        ExecPlugin,       ///< obtained at connect time from the exec plugin
        Keychain,         ///< typed by the user and kept in the OS keychain
    };

    Kind kind = Kind::None;
    QString kubeconfigFile; ///< the kubeconfig file whose entry set it
    int line = 0;           ///< line of the field in kubeconfigFile (1-based; 0 if unknown)
    QString path;           ///< the file that was read, for Kind::File

    bool isSet() const { return kind != Kind::None; }
    /// A short translated description such as "file /home/me/.kube/token".
    QString describe() const;
};

/**
 * Everything needed to connect with one kubeconfig context, after merging all files,
 * resolving relative paths, decoding `*-data` fields and reading referenced files.
 *
 * Secrets are bytes: PEM for certificates and keys, the raw bearer token.
 * When `exec` is set, the credential it returns takes precedence over `token` and the client
 * certificate, as in client-go.
 */
struct ResolvedContext
{
    QString name;
    QString clusterName;
    QString userName;   ///< empty when the context names no user (anonymous access)
    QString sourceFile; ///< kubeconfig file that defines the context
    int line = 0;       ///< line of the context entry in sourceFile

    QUrl server;
    QString namespaceName = QStringLiteral("default"); ///< the context's namespace or "default"
    bool namespaceFromContext = false;                 ///< whether the context set namespaceName

    QByteArray certificateAuthorityPem; ///< empty: use the system CA store
    QString tlsServerName;
    QUrl proxyUrl;
    /// The user disabled server certificate checks; the UI must warn about it.
    bool insecureSkipTlsVerify = false;

    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QByteArray token;
    /// Absolute path of `tokenFile`; the token in it may rotate, so callers may re-read it.
    QString tokenFile;
    std::optional<ExecConfig> exec;

    SecretOrigin certificateAuthorityOrigin;
    SecretOrigin clientCertificateOrigin;
    SecretOrigin clientKeyOrigin;
    SecretOrigin tokenOrigin;

    bool hasClientCertificate() const
    {
        return !clientCertificatePem.isEmpty() && !clientKeyPem.isEmpty();
    }
    /// False when the user must supply a credential (for example a token kept in the keychain).
    bool hasCredentials() const
    {
        return exec.has_value() || !token.isEmpty() || hasClientCertificate();
    }
};

} // namespace maestro
