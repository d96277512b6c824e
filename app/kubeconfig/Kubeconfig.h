// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/kubeconfig/ResolvedContext.h"

#include <QCoreApplication>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

#include <optional>

namespace maestro {

Q_DECLARE_LOGGING_CATEGORY(lcKubeconfig)

/// A problem found while loading a kubeconfig; the entry it names was not loaded.
struct KubeconfigIssue
{
    QString file;    ///< absolute path of the kubeconfig file
    int line = 0;    ///< 1-based line, 0 when the problem is not tied to a line
    QString entry;   ///< e.g. `contexts[2] "prod"`; empty for a problem with the whole file
    QString message; ///< translated, for people

    /// "file:line: entry: message", for a log or a tooltip.
    QString toString() const;
};

/**
 * The merged kubeconfig files, the way kubectl reads them.
 *
 * `$KUBECONFIG` may list several files separated by ':'; they are merged entry by entry and
 * the first file that defines a cluster, user or context name (or sets `current-context`)
 * wins. Without `$KUBECONFIG`, `~/.kube/config` is read.
 *
 * Loading never fails as a whole: every problem becomes a KubeconfigIssue naming the file,
 * the line and the entry, and everything else still loads. A file that is larger than
 * MaxFileSize, binary or not YAML gives one issue for that file. Loading reads the files that
 * entries point at (certificates, keys, token files), so run it off the GUI thread when
 * those may sit on slow storage.
 */
class Kubeconfig
{
    Q_DECLARE_TR_FUNCTIONS(maestro::Kubeconfig)

public:
    /// Largest kubeconfig (and referenced certificate, key or token file) that is read.
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

    /// The files `load()` reads: `$KUBECONFIG` split on ':' without duplicates and empty
    /// items, or `~/.kube/config`.
    static QStringList defaultFiles();

    /// Reads defaultFiles(). As in kubectl, files that do not exist are skipped silently.
    static Kubeconfig load();
    /// Reads @p files in order (first wins); a missing file is reported as an issue.
    static Kubeconfig loadFiles(const QStringList &files);
    /// Reads one kubeconfig from memory; @p fileName is used in issues and to resolve
    /// relative paths.
    static Kubeconfig loadData(const QByteArray &yaml, const QString &fileName);

    /// The contexts that loaded, in file order.
    const QList<ResolvedContext> &contexts() const { return m_contexts; }
    std::optional<ResolvedContext> context(const QString &name) const;
    QStringList contextNames() const;
    /// `current-context` as set by the first file that sets it; may name a broken context.
    QString currentContext() const { return m_currentContext; }
    const QList<KubeconfigIssue> &issues() const { return m_issues; }
    /// The files that were read (absolute paths).
    const QStringList &files() const { return m_files; }

private:
    friend class KubeconfigLoader;

    QList<ResolvedContext> m_contexts;
    QList<KubeconfigIssue> m_issues;
    QStringList m_files;
    QString m_currentContext;
};

} // namespace maestro
