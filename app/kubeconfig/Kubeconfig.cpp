// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kubeconfig/Kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace maestro {

Q_LOGGING_CATEGORY(lcKubeconfig, "maestro.kubeconfig", QtInfoMsg)

namespace {

struct ClusterEntry
{
    QString file;
    QString entry;
    int line = 0;
    bool ok = true;
    QUrl server;
    QByteArray caPem;
    SecretOrigin caOrigin;
    bool insecure = false;
    QString tlsServerName;
    QUrl proxyUrl;
};

struct UserEntry
{
    QString file;
    QString entry;
    int line = 0;
    bool ok = true;
    QByteArray certPem;
    QByteArray keyPem;
    QByteArray token;
    QString tokenFile;
    SecretOrigin certOrigin;
    SecretOrigin keyOrigin;
    SecretOrigin tokenOrigin;
    std::optional<ExecConfig> exec;
};

struct ContextEntry
{
    QString name;
    QString file;
    QString entry;
    int line = 0;
    bool ok = true;
    QString cluster;
    int clusterLine = 0;
    QString user;
    int userLine = 0;
    QString namespaceName;
    bool namespaceSet = false;
};

int lineOf(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    return mark.is_null() ? 0 : mark.line + 1;
}

QString absoluteClean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/// Reads at most Kubeconfig::MaxFileSize bytes so that a huge file or a device such as
/// /dev/zero cannot exhaust memory or hang the loader.
bool readCapped(const QString &path, QByteArray &data, QString &error)
{
#ifdef Q_OS_UNIX
    // Opening a FIFO without a writer would block forever.
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 &&
        (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) || S_ISDIR(st.st_mode))) {
        error = Kubeconfig::tr("it is not a regular file");
        return false;
    }
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    data.clear();
    while (data.size() <= Kubeconfig::MaxFileSize) {
        const QByteArray chunk = file.read(Kubeconfig::MaxFileSize + 1 - data.size());
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > Kubeconfig::MaxFileSize) {
        data.clear();
        error = Kubeconfig::tr("it is larger than %1")
                    .arg(QLocale().formattedDataSize(Kubeconfig::MaxFileSize, 0));
        return false;
    }
    if (file.error() != QFileDevice::NoError) {
        error = file.errorString();
        return false;
    }
    return true;
}

bool isValidNamespace(const QString &name)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return name.size() <= 63 && label.match(name).hasMatch();
}

} // namespace

namespace {
class EntryReader;
} // namespace

/// Reads files one by one into first-wins maps, then resolves the contexts.
class KubeconfigLoader
{
public:
    void loadFile(const QString &path, bool reportMissing);
    void loadData(const QByteArray &data, const QString &file);
    Kubeconfig finish();

    void addIssue(const QString &file, int line, const QString &entry, const QString &message)
    {
        qCDebug(lcKubeconfig).noquote() << file << line << entry << message;
        m_result.m_issues.append(KubeconfigIssue{file, line, entry, message});
    }

private:
    /// Walks a named list ("clusters", ...): reports entries without a name and names
    /// repeated within the file, and calls `load` for each entry no earlier file defined.
    void forEachNewEntry(
        const YAML::Node &list, const QString &file, const char *listKey, const char *bodyKey,
        const std::function<bool(const QString &)> &known,
        const std::function<void(EntryReader &, const QString &, const YAML::Node &)> &load);
    void loadClusters(const YAML::Node &list, const QString &file);
    void loadUsers(const YAML::Node &list, const QString &file);
    void loadContexts(const YAML::Node &list, const QString &file);

    Kubeconfig m_result;
    QHash<QString, ClusterEntry> m_clusters;
    QHash<QString, UserEntry> m_users;
    QList<ContextEntry> m_contexts;
    QHash<QString, qsizetype> m_contextIndex;
    QString m_currentFile;
    int m_currentLine = 0;
};

namespace {

/// Reads the fields of one entry; any problem is reported against the entry and marks it bad.
class EntryReader
{
public:
    EntryReader(KubeconfigLoader &loader, const QString &file, const QString &entry, int line)
        : m_loader(loader)
        , m_file(file)
        , m_entry(entry)
        , m_line(line)
    {}

    bool ok() const { return m_ok; }
    const QString &entry() const { return m_entry; }
    void setEntry(const QString &entry) { m_entry = entry; }

    void fail(int line, const QString &message)
    {
        m_ok = false;
        m_loader.addIssue(m_file, line > 0 ? line : m_line, m_entry, message);
    }

    /// The scalar under @p key; nullopt when absent or null, or (reported) not a scalar.
    std::optional<QString> string(const YAML::Node &map, const char *key, int *line = nullptr)
    {
        const YAML::Node node = map[key];
        if (!node.IsDefined() || node.IsNull())
            return std::nullopt;
        if (line)
            *line = lineOf(node);
        if (!node.IsScalar()) {
            fail(lineOf(node), Kubeconfig::tr("\"%1\" must be a string").arg(QLatin1String(key)));
            return std::nullopt;
        }
        return QString::fromStdString(node.Scalar());
    }

    bool boolean(const YAML::Node &map, const char *key)
    {
        const YAML::Node node = map[key];
        if (!node.IsDefined() || node.IsNull())
            return false;
        bool value = false;
        if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)) {
            fail(lineOf(node),
                 Kubeconfig::tr("\"%1\" must be true or false").arg(QLatin1String(key)));
            return false;
        }
        return value;
    }

    /// Reads a PEM secret from `<key>-data` (base64) or from the file named by `<key>`; the
    /// inline data wins when both are set, as in client-go.
    QByteArray pem(const YAML::Node &map, const char *key, const char *pemKind,
                   SecretOrigin &origin)
    {
        const QByteArray dataKey = QByteArray(key) + "-data";
        int line = 0;
        QByteArray value;
        if (const auto data = string(map, dataKey.constData(), &line); data && !data->isEmpty()) {
            QString compact = *data;
            compact.remove(QRegularExpression(QStringLiteral("\\s+")));
            auto decoded = QByteArray::fromBase64Encoding(compact.toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                fail(
                    line,
                    Kubeconfig::tr("\"%1\" is not valid base64").arg(QString::fromLatin1(dataKey)));
                return {};
            }
            value = *decoded;
            origin = SecretOrigin{SecretOrigin::Kind::KubeconfigInline, m_file, line, {}};
        } else if (const auto path = string(map, key, &line); path && !path->isEmpty()) {
            const QString absolute = resolvePath(*path);
            if (!readFile(absolute, line, QString::fromLatin1(key), value))
                return {};
            origin = SecretOrigin{SecretOrigin::Kind::File, m_file, line, absolute};
        } else {
            return {};
        }
        if (!value.contains(QByteArrayView("-----BEGIN ")) ||
            !value.contains(QByteArrayView(pemKind))) {
            fail(line,
                 Kubeconfig::tr("\"%1\" does not contain a PEM %2")
                     .arg(origin.kind == SecretOrigin::Kind::File ? QString::fromLatin1(key)
                                                                  : QString::fromLatin1(dataKey),
                          QString::fromLatin1(pemKind).toLower()));
            origin = {};
            return {};
        }
        return value;
    }

    bool readFile(const QString &absolute, int line, const QString &field, QByteArray &out)
    {
        QString error;
        if (!readCapped(absolute, out, error)) {
            fail(line,
                 Kubeconfig::tr("cannot read \"%1\" file %2: %3").arg(field, absolute, error));
            return false;
        }
        return true;
    }

    QString resolvePath(const QString &path) const
    {
        if (QDir::isAbsolutePath(path))
            return QDir::cleanPath(path);
        return QDir::cleanPath(QFileInfo(m_file).absoluteDir().absoluteFilePath(path));
    }

    const QString &file() const { return m_file; }

private:
    KubeconfigLoader &m_loader;
    QString m_file;
    QString m_entry;
    int m_line;
    bool m_ok = true;
};

/// Checks the shape of one list item and reads its name; nullopt (reported) when unusable.
std::optional<QString> entryName(EntryReader &reader, const YAML::Node &item, const char *body)
{
    if (!item.IsMap() || !item[body].IsDefined() || !item[body].IsMap()) {
        reader.fail(lineOf(item), Kubeconfig::tr("the entry must be a mapping with \"name\" and "
                                                 "a \"%1\" mapping")
                                      .arg(QLatin1String(body)));
        return std::nullopt;
    }
    const std::optional<QString> name = reader.string(item, "name");
    if (!reader.ok())
        return std::nullopt;
    if (!name || name->isEmpty()) {
        reader.fail(lineOf(item), Kubeconfig::tr("the entry has no name"));
        return std::nullopt;
    }
    reader.setEntry(reader.entry() + QStringLiteral(" \"") + *name + u'"');
    return name;
}

ExecConfig readExec(EntryReader &reader, const YAML::Node &exec)
{
    ExecConfig config;
    int line = lineOf(exec);
    config.apiVersion = reader.string(exec, "apiVersion", &line).value_or(QString());
    if (config.apiVersion.isEmpty()) {
        reader.fail(line, Kubeconfig::tr("\"exec.apiVersion\" is missing"));
    } else if (config.apiVersion != QLatin1String(ExecConfig::ApiV1) &&
               config.apiVersion != QLatin1String(ExecConfig::ApiV1Beta1)) {
        reader.fail(line,
                    Kubeconfig::tr("exec plugin API version \"%1\" is not supported; use %2 or %3")
                        .arg(config.apiVersion, QLatin1String(ExecConfig::ApiV1),
                             QLatin1String(ExecConfig::ApiV1Beta1)));
    }

    line = lineOf(exec);
    const QString command = reader.string(exec, "command", &line).value_or(QString());
    if (command.isEmpty())
        reader.fail(line, Kubeconfig::tr("\"exec.command\" is missing"));
    // As client-go: a relative path with a separator is relative to the kubeconfig file;
    // a bare name is looked up in PATH when the plugin runs.
    config.command = command.contains(u'/') ? reader.resolvePath(command) : command;

    if (const YAML::Node args = exec["args"]; args.IsDefined() && !args.IsNull()) {
        if (!args.IsSequence()) {
            reader.fail(lineOf(args), Kubeconfig::tr("\"exec.args\" must be a list of strings"));
        } else {
            for (const YAML::Node &arg : args) {
                if (!arg.IsScalar()) {
                    reader.fail(lineOf(arg),
                                Kubeconfig::tr("\"exec.args\" must be a list of strings"));
                    break;
                }
                config.args.append(QString::fromStdString(arg.Scalar()));
            }
        }
    }

    if (const YAML::Node env = exec["env"]; env.IsDefined() && !env.IsNull()) {
        if (!env.IsSequence()) {
            reader.fail(lineOf(env), Kubeconfig::tr("\"exec.env\" must be a list"));
        } else {
            int index = 0;
            for (const YAML::Node &var : env) {
                const std::optional<QString> name =
                    var.IsMap() ? reader.string(var, "name") : std::nullopt;
                if (!name || name->isEmpty() || name->contains(u'=')) {
                    reader.fail(lineOf(var),
                                Kubeconfig::tr("\"exec.env[%1]\" must have a name").arg(index));
                    break;
                }
                config.env.append({*name, reader.string(var, "value").value_or(QString())});
                ++index;
            }
        }
    }

    line = lineOf(exec);
    config.interactiveMode = reader.string(exec, "interactiveMode", &line).value_or(QString());
    if (config.interactiveMode.isEmpty()) {
        // client.authentication.k8s.io/v1 requires the field; defaulting keeps configs written
        // for v1beta1 usable.
        config.interactiveMode = QStringLiteral("IfAvailable");
    } else if (config.interactiveMode != QLatin1String("Never") &&
               config.interactiveMode != QLatin1String("IfAvailable") &&
               config.interactiveMode != QLatin1String("Always")) {
        reader.fail(line, Kubeconfig::tr("\"exec.interactiveMode\" must be Never, IfAvailable or "
                                         "Always"));
    }
    config.provideClusterInfo = reader.boolean(exec, "provideClusterInfo");
    config.installHint = reader.string(exec, "installHint").value_or(QString());
    return config;
}

} // namespace

void KubeconfigLoader::loadFile(const QString &path, bool reportMissing)
{
    const QString file = absoluteClean(path);
    if (!QFileInfo::exists(file)) {
        if (reportMissing)
            addIssue(file, 0, {}, Kubeconfig::tr("the file does not exist"));
        return;
    }
    QByteArray data;
    QString error;
    if (!readCapped(file, data, error)) {
        addIssue(file, 0, {}, Kubeconfig::tr("cannot read the file: %1").arg(error));
        return;
    }
    loadData(data, file);
}

void KubeconfigLoader::loadData(const QByteArray &data, const QString &file)
{
    m_result.m_files.append(file);
    if (data.size() > Kubeconfig::MaxFileSize) {
        addIssue(file, 0, {},
                 Kubeconfig::tr("the file is larger than %1; it is not a kubeconfig")
                     .arg(QLocale().formattedDataSize(Kubeconfig::MaxFileSize, 0)));
        return;
    }
    // Cheap checks first, so junk gives one clear message rather than a YAML error.
    if (data.contains('\0')) {
        addIssue(file, 0, {},
                 Kubeconfig::tr("the file contains binary data; it is not a kubeconfig"));
        return;
    }
    if (!data.isValidUtf8()) {
        addIssue(file, 0, {}, Kubeconfig::tr("the file is not UTF-8 text; it is not a kubeconfig"));
        return;
    }

    YAML::Node root;
    try {
        root = YAML::Load(data.toStdString());
    } catch (const YAML::DeepRecursion &e) {
        addIssue(file, e.mark.is_null() ? 0 : e.mark.line + 1, {},
                 Kubeconfig::tr("the YAML is nested too deeply; it is not a kubeconfig"));
        return;
    } catch (const YAML::Exception &e) {
        addIssue(file, e.mark.is_null() ? 0 : e.mark.line + 1, {},
                 Kubeconfig::tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)));
        return;
    }
    if (!root.IsDefined() || root.IsNull()) {
        addIssue(file, 0, {}, Kubeconfig::tr("the file is empty"));
        return;
    }
    if (!root.IsMap()) {
        addIssue(file, lineOf(root), {},
                 Kubeconfig::tr("the file is not a kubeconfig: expected a mapping with clusters, "
                                "users and contexts"));
        return;
    }

    try {
        EntryReader top(*this, file, {}, 1);
        int line = 0;
        if (const auto current = top.string(root, "current-context", &line);
            current && !current->isEmpty() && m_result.m_currentContext.isEmpty()) {
            m_result.m_currentContext = *current;
            m_currentFile = file;
            m_currentLine = line;
        }
        loadClusters(root["clusters"], file);
        loadUsers(root["users"], file);
        loadContexts(root["contexts"], file);
    } catch (const YAML::Exception &e) {
        // The readers check types before every access; this is a last line of defence.
        addIssue(
            file, e.mark.is_null() ? 0 : e.mark.line + 1, {},
            Kubeconfig::tr("unexpected YAML structure: %1").arg(QString::fromStdString(e.msg)));
    }
}

namespace {

/// Checks that @p list is a sequence (null means empty); reports it otherwise.
bool isList(KubeconfigLoader &loader, const YAML::Node &list, const QString &file, const char *key)
{
    if (!list.IsDefined() || list.IsNull())
        return false;
    if (!list.IsSequence()) {
        loader.addIssue(file, lineOf(list), QLatin1String(key),
                        Kubeconfig::tr("\"%1\" must be a list").arg(QLatin1String(key)));
        return false;
    }
    return true;
}

QString entryLabel(const char *list, int index)
{
    return QLatin1String(list) + u'[' + QString::number(index) + u']';
}

} // namespace

void KubeconfigLoader::forEachNewEntry(
    const YAML::Node &list, const QString &file, const char *listKey, const char *bodyKey,
    const std::function<bool(const QString &)> &known,
    const std::function<void(EntryReader &, const QString &, const YAML::Node &)> &load)
{
    if (!isList(*this, list, file, listKey))
        return;
    QHash<QString, int> seenInFile;
    int index = 0;
    for (const YAML::Node &item : list) {
        EntryReader reader(*this, file, entryLabel(listKey, index++), lineOf(item));
        const std::optional<QString> name = entryName(reader, item, bodyKey);
        if (!name)
            continue;
        if (const auto seen = seenInFile.constFind(*name); seen != seenInFile.cend()) {
            reader.fail(lineOf(item),
                        Kubeconfig::tr("duplicate name; the entry on line %1 is used").arg(*seen));
            continue;
        }
        seenInFile.insert(*name, lineOf(item));
        if (known(*name))
            continue; // an earlier file defines it: first wins
        load(reader, *name, item);
    }
}

void KubeconfigLoader::loadClusters(const YAML::Node &list, const QString &file)
{
    forEachNewEntry(
        list, file, "clusters", "cluster",
        [this](const QString &name) { return m_clusters.contains(name); },
        [&](EntryReader &reader, const QString &entryName, const YAML::Node &item) {
            const QString *name = &entryName;
            const YAML::Node body = item["cluster"];
            ClusterEntry cluster;
            cluster.file = file;
            cluster.entry = reader.entry();
            cluster.line = lineOf(item);

            int line = lineOf(body);
            const std::optional<QString> serverField = reader.string(body, "server", &line);
            const QString server = serverField.value_or(QString());
            if (server.isEmpty()) {
                // A value of the wrong type has been reported already.
                const YAML::Node node = body["server"];
                if (!node.IsDefined() || node.IsNull() || node.IsScalar())
                    reader.fail(line, Kubeconfig::tr("\"server\" is missing"));
            } else {
                // client-go accepts "host:port" and assumes https.
                const QString withScheme = server.contains(QLatin1String("://"))
                                               ? server
                                               : QStringLiteral("https://") + server;
                const QUrl url(withScheme, QUrl::StrictMode);
                if (!url.isValid() || url.host().isEmpty()) {
                    reader.fail(line,
                                Kubeconfig::tr("\"server\" is not a valid URL: %1").arg(server));
                } else if (url.scheme() != QLatin1String("https") &&
                           url.scheme() != QLatin1String("http")) {
                    reader.fail(
                        line,
                        Kubeconfig::tr("\"server\" must be an https or http URL: %1").arg(server));
                } else {
                    cluster.server = url;
                }
            }

            cluster.caPem =
                reader.pem(body, "certificate-authority", "CERTIFICATE", cluster.caOrigin);
            cluster.insecure = reader.boolean(body, "insecure-skip-tls-verify");
            if (cluster.insecure && !cluster.caPem.isEmpty()) {
                // client-go refuses this combination too; silently dropping either would surprise.
                reader.fail(lineOf(body["insecure-skip-tls-verify"]),
                            Kubeconfig::tr("\"insecure-skip-tls-verify\" cannot be combined with a "
                                           "certificate authority"));
            }
            cluster.tlsServerName = reader.string(body, "tls-server-name").value_or(QString());

            line = lineOf(body);
            if (const auto proxy = reader.string(body, "proxy-url", &line);
                proxy && !proxy->isEmpty()) {
                const QUrl url(*proxy, QUrl::StrictMode);
                const QString scheme = url.scheme();
                if (!url.isValid() || url.host().isEmpty() ||
                    (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
                     scheme != QLatin1String("socks5"))) {
                    reader.fail(line,
                                Kubeconfig::tr("\"proxy-url\" must be an http, https or socks5 "
                                               "URL: %1")
                                    .arg(*proxy));
                } else {
                    cluster.proxyUrl = url;
                }
            }
            cluster.ok = reader.ok();
            m_clusters.insert(*name, cluster);
        });
}

void KubeconfigLoader::loadUsers(const YAML::Node &list, const QString &file)
{
    forEachNewEntry(
        list, file, "users", "user", [this](const QString &name) { return m_users.contains(name); },
        [&](EntryReader &reader, const QString &entryName, const YAML::Node &item) {
            const QString *name = &entryName;
            const YAML::Node body = item["user"];
            UserEntry user;
            user.file = file;
            user.entry = reader.entry();
            user.line = lineOf(item);

            user.certPem = reader.pem(body, "client-certificate", "CERTIFICATE", user.certOrigin);
            user.keyPem = reader.pem(body, "client-key", "PRIVATE KEY", user.keyOrigin);
            if (reader.ok() && user.certPem.isEmpty() != user.keyPem.isEmpty()) {
                reader.fail(lineOf(body),
                            user.keyPem.isEmpty()
                                ? Kubeconfig::tr("\"client-certificate\" is set but \"client-key\" "
                                                 "is missing")
                                : Kubeconfig::tr("\"client-key\" is set but \"client-certificate\" "
                                                 "is missing"));
            }

            int line = 0;
            if (const auto token = reader.string(body, "token", &line);
                token && !token->isEmpty()) {
                user.token = token->toUtf8();
                user.tokenOrigin =
                    SecretOrigin{SecretOrigin::Kind::KubeconfigInline, file, line, {}};
            }
            if (const auto path = reader.string(body, "tokenFile", &line);
                path && !path->isEmpty()) {
                // As rest.Config documents it, the file wins over an inline token.
                const QString absolute = reader.resolvePath(*path);
                QByteArray content;
                if (reader.readFile(absolute, line, QStringLiteral("tokenFile"), content)) {
                    content = content.trimmed();
                    if (content.isEmpty()) {
                        reader.fail(line, Kubeconfig::tr("token file %1 is empty").arg(absolute));
                    } else {
                        user.token = content;
                        user.tokenFile = absolute;
                        user.tokenOrigin =
                            SecretOrigin{SecretOrigin::Kind::File, file, line, absolute};
                    }
                }
            }

            if (const YAML::Node exec = body["exec"]; exec.IsDefined() && !exec.IsNull()) {
                if (!exec.IsMap())
                    reader.fail(lineOf(exec), Kubeconfig::tr("\"exec\" must be a mapping"));
                else
                    user.exec = readExec(reader, exec);
            }

            if (const YAML::Node provider = body["auth-provider"];
                provider.IsDefined() && !provider.IsNull()) {
                const QString providerName = provider.IsMap() && provider["name"].IsScalar()
                                                 ? QString::fromStdString(provider["name"].Scalar())
                                                 : QString();
                reader.fail(
                    lineOf(provider),
                    Kubeconfig::tr("auth-provider \"%1\" was removed from Kubernetes clients; "
                                   "use an exec credential plugin instead")
                        .arg(providerName));
            }
            if (body["username"].IsDefined() || body["password"].IsDefined()) {
                reader.fail(lineOf(body),
                            Kubeconfig::tr("basic authentication (username and "
                                           "password) is not supported; use a token, a "
                                           "client certificate or an exec plugin"));
            }
            user.ok = reader.ok();
            m_users.insert(*name, user);
        });
}

void KubeconfigLoader::loadContexts(const YAML::Node &list, const QString &file)
{
    forEachNewEntry(
        list, file, "contexts", "context",
        [this](const QString &name) { return m_contextIndex.contains(name); },
        [&](EntryReader &reader, const QString &entryName, const YAML::Node &item) {
            const QString *name = &entryName;
            const YAML::Node body = item["context"];
            ContextEntry context;
            context.name = *name;
            context.file = file;
            context.entry = reader.entry();
            context.line = lineOf(item);
            context.clusterLine = lineOf(body);
            context.cluster =
                reader.string(body, "cluster", &context.clusterLine).value_or(QString());
            if (context.cluster.isEmpty() && reader.ok())
                reader.fail(context.clusterLine, Kubeconfig::tr("\"cluster\" is missing"));
            context.userLine = lineOf(body);
            context.user = reader.string(body, "user", &context.userLine).value_or(QString());
            int line = 0;
            if (const auto ns = reader.string(body, "namespace", &line); ns && !ns->isEmpty()) {
                if (!isValidNamespace(*ns)) {
                    reader.fail(line,
                                Kubeconfig::tr("\"%1\" is not a valid namespace name").arg(*ns));
                } else {
                    context.namespaceName = *ns;
                    context.namespaceSet = true;
                }
            }
            context.ok = reader.ok();
            m_contextIndex.insert(*name, m_contexts.size());
            m_contexts.append(context);
        });
}

Kubeconfig KubeconfigLoader::finish()
{
    for (const ContextEntry &context : std::as_const(m_contexts)) {
        if (!context.ok)
            continue;
        const auto cluster = m_clusters.constFind(context.cluster);
        if (cluster == m_clusters.cend()) {
            addIssue(context.file, context.clusterLine, context.entry,
                     Kubeconfig::tr("cluster \"%1\" not found").arg(context.cluster));
            continue;
        }
        if (!cluster->ok) {
            addIssue(context.file, context.clusterLine, context.entry,
                     Kubeconfig::tr("cluster \"%1\" could not be loaded (%2 line %3)")
                         .arg(context.cluster, cluster->file)
                         .arg(cluster->line));
            continue;
        }
        const UserEntry *user = nullptr;
        if (!context.user.isEmpty()) {
            const auto found = m_users.constFind(context.user);
            if (found == m_users.cend()) {
                addIssue(context.file, context.userLine, context.entry,
                         Kubeconfig::tr("user \"%1\" not found").arg(context.user));
                continue;
            }
            if (!found->ok) {
                addIssue(context.file, context.userLine, context.entry,
                         Kubeconfig::tr("user \"%1\" could not be loaded (%2 line %3)")
                             .arg(context.user, found->file)
                             .arg(found->line));
                continue;
            }
            user = &*found;
        }

        ResolvedContext resolved;
        resolved.name = context.name;
        resolved.clusterName = context.cluster;
        resolved.userName = context.user;
        resolved.sourceFile = context.file;
        resolved.line = context.line;
        resolved.server = cluster->server;
        if (context.namespaceSet) {
            resolved.namespaceName = context.namespaceName;
            resolved.namespaceFromContext = true;
        }
        resolved.certificateAuthorityPem = cluster->caPem;
        resolved.certificateAuthorityOrigin = cluster->caOrigin;
        resolved.tlsServerName = cluster->tlsServerName;
        resolved.proxyUrl = cluster->proxyUrl;
        resolved.insecureSkipTlsVerify = cluster->insecure;
        if (user) {
            resolved.clientCertificatePem = user->certPem;
            resolved.clientKeyPem = user->keyPem;
            resolved.clientCertificateOrigin = user->certOrigin;
            resolved.clientKeyOrigin = user->keyOrigin;
            resolved.token = user->token;
            resolved.tokenFile = user->tokenFile;
            resolved.tokenOrigin = user->tokenOrigin;
            resolved.exec = user->exec;
            if (user->exec)
                resolved.tokenOrigin =
                    SecretOrigin{SecretOrigin::Kind::ExecPlugin, user->file, user->line, {}};
        }
        m_result.m_contexts.append(resolved);
    }

    if (!m_result.m_currentContext.isEmpty() &&
        !m_contextIndex.contains(m_result.m_currentContext)) {
        addIssue(m_currentFile, m_currentLine, QStringLiteral("current-context"),
                 Kubeconfig::tr("current-context \"%1\" names no context")
                     .arg(m_result.m_currentContext));
    }
    qCDebug(lcKubeconfig) << "loaded" << m_result.m_contexts.size() << "contexts from"
                          << m_result.m_files << "with" << m_result.m_issues.size() << "issues";
    return std::move(m_result);
}

QString KubeconfigIssue::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line);
    if (!entry.isEmpty())
        text += QStringLiteral(": ") + entry;
    return text + QStringLiteral(": ") + message;
}

QStringList Kubeconfig::defaultFiles()
{
    QStringList files;
    const QString env = qEnvironmentVariable("KUBECONFIG");
    for (const QString &path : env.split(QDir::listSeparator(), Qt::SkipEmptyParts)) {
        const QString clean = absoluteClean(path);
        if (!files.contains(clean))
            files.append(clean);
    }
    if (files.isEmpty())
        files.append(QDir::homePath() + QStringLiteral("/.kube/config"));
    return files;
}

Kubeconfig Kubeconfig::load()
{
    KubeconfigLoader loader;
    const QStringList files = defaultFiles();
    for (const QString &file : files)
        loader.loadFile(file, false);
    return loader.finish();
}

Kubeconfig Kubeconfig::loadFiles(const QStringList &files)
{
    KubeconfigLoader loader;
    for (const QString &file : files)
        loader.loadFile(file, true);
    return loader.finish();
}

Kubeconfig Kubeconfig::loadData(const QByteArray &yaml, const QString &fileName)
{
    KubeconfigLoader loader;
    loader.loadData(yaml, absoluteClean(fileName));
    return loader.finish();
}

std::optional<ResolvedContext> Kubeconfig::context(const QString &name) const
{
    for (const ResolvedContext &context : m_contexts) {
        if (context.name == name)
            return context;
    }
    return std::nullopt;
}

QStringList Kubeconfig::contextNames() const
{
    QStringList names;
    names.reserve(m_contexts.size());
    for (const ResolvedContext &context : m_contexts)
        names.append(context.name);
    return names;
}

} // namespace maestro
