// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kubeconfig/Kubeconfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace maestro;

namespace {

QString dataDir()
{
    return QStringLiteral(MAESTRO_TEST_DATA_DIR "/kubeconfig");
}

QString fixture(const char *name)
{
    return dataDir() + u'/' + QLatin1String(name);
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray dumpIssues(const Kubeconfig &config)
{
    QStringList lines;
    for (const KubeconfigIssue &issue : config.issues())
        lines.append(issue.toString());
    return lines.join(u'\n').toUtf8();
}

const KubeconfigIssue *findIssue(const Kubeconfig &config, const QString &entry)
{
    for (const KubeconfigIssue &issue : config.issues()) {
        if (issue.entry == entry)
            return &issue;
    }
    return nullptr;
}

/// Restores an environment variable when the test ends, however it ends.
class EnvGuard
{
public:
    explicit EnvGuard(const char *name)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_value(qgetenv(name))
    {}
    ~EnvGuard()
    {
        if (m_wasSet)
            qputenv(m_name, m_value);
        else
            qunsetenv(m_name);
    }
    EnvGuard(const EnvGuard &) = delete;
    EnvGuard &operator=(const EnvGuard &) = delete;

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_value;
};

} // namespace

class tst_Kubeconfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validMultiContext();
    void relativePathsAndSecrets();
    void execPlugins();
    void mergeFirstWins();
    void kubeconfigEnvironment();
    void defaultFileInHome();
    void syntaxErrorNamesFileAndLine();
    void brokenReferencesKeepOtherContexts();
    void wrongTypes();
    void wrongFields_data();
    void wrongFields();
    void junkFiles_data();
    void junkFiles();
    void oversizedFile();
    void deviceFile();
    void deepNesting();
    void missingFile();
    void loadDataResolvesAgainstFileName();
    void issueText();

private:
    QTemporaryDir m_tmp;
};

void tst_Kubeconfig::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
}

void tst_Kubeconfig::validMultiContext()
{
    const Kubeconfig config = Kubeconfig::loadFiles({fixture("valid.yaml")});
    QVERIFY2(config.issues().isEmpty(), dumpIssues(config).constData());
    QCOMPARE(config.files(), QStringList{fixture("valid.yaml")});
    QCOMPARE(config.contextNames(),
             (QStringList{QStringLiteral("prod-admin"), QStringLiteral("staging-ci"),
                          QStringLiteral("dev-robot"), QStringLiteral("prod-inline"),
                          QStringLiteral("prod-sso"), QStringLiteral("prod-lookup"),
                          QStringLiteral("anonymous")}));
    QCOMPARE(config.currentContext(), QStringLiteral("staging-ci"));

    const auto prod = config.context(QStringLiteral("prod-admin"));
    QVERIFY(prod);
    QCOMPARE(prod->clusterName, QStringLiteral("prod"));
    QCOMPARE(prod->userName, QStringLiteral("admin"));
    QCOMPARE(prod->server, QUrl(QStringLiteral("https://prod.example.com:6443")));
    QCOMPARE(prod->namespaceName, QStringLiteral("kube-system"));
    QVERIFY(prod->namespaceFromContext);
    QCOMPARE(prod->sourceFile, fixture("valid.yaml"));
    QCOMPARE(prod->line, 54);
    QVERIFY(!prod->insecureSkipTlsVerify);
    QVERIFY(prod->hasClientCertificate());
    QVERIFY(prod->hasCredentials());

    const auto staging = config.context(QStringLiteral("staging-ci"));
    QVERIFY(staging);
    QCOMPARE(staging->server, QUrl(QStringLiteral("https://10.0.0.5:6443")));
    QCOMPARE(staging->namespaceName, QStringLiteral("default"));
    QVERIFY(!staging->namespaceFromContext);
    QCOMPARE(staging->tlsServerName, QStringLiteral("api.staging.internal"));
    QCOMPARE(staging->proxyUrl, QUrl(QStringLiteral("socks5://localhost:1080")));
    QCOMPARE(staging->token, QByteArray("inline-token-abc"));
    QCOMPARE(staging->tokenOrigin.kind, SecretOrigin::Kind::KubeconfigInline);
    QCOMPARE(staging->tokenOrigin.kubeconfigFile, fixture("valid.yaml"));
    QCOMPARE(staging->tokenOrigin.line, 32);
    QVERIFY(!staging->hasClientCertificate());

    // insecure-skip-tls-verify is allowed, and surfaced so the UI can warn.
    const auto dev = config.context(QStringLiteral("dev-robot"));
    QVERIFY(dev);
    QVERIFY(dev->insecureSkipTlsVerify);
    QVERIFY(dev->certificateAuthorityPem.isEmpty());
    QCOMPARE(dev->namespaceName, QStringLiteral("team-a"));

    // A context without a user loads: the UI asks for a credential.
    const auto anonymous = config.context(QStringLiteral("anonymous"));
    QVERIFY(anonymous);
    QVERIFY(anonymous->userName.isEmpty());
    QVERIFY(!anonymous->hasCredentials());
    QVERIFY(!config.context(QStringLiteral("nope")));
}

void tst_Kubeconfig::relativePathsAndSecrets()
{
    const Kubeconfig config = Kubeconfig::loadFiles({fixture("valid.yaml")});
    const QByteArray ca = fileContent(fixture("certs/ca.crt"));
    const QByteArray cert = fileContent(fixture("certs/client.crt"));
    const QByteArray key = fileContent(fixture("certs/client.key"));
    QVERIFY(ca.startsWith("-----BEGIN CERTIFICATE-----"));

    // certificate-authority and client-certificate/client-key relative to the file.
    const auto prod = config.context(QStringLiteral("prod-admin"));
    QCOMPARE(prod->certificateAuthorityPem, ca);
    QCOMPARE(prod->certificateAuthorityOrigin.kind, SecretOrigin::Kind::File);
    QCOMPARE(prod->certificateAuthorityOrigin.path, fixture("certs/ca.crt"));
    QCOMPARE(prod->clientCertificatePem, cert);
    QCOMPARE(prod->clientKeyPem, key);
    QCOMPARE(prod->clientKeyOrigin.kind, SecretOrigin::Kind::File);
    QCOMPARE(prod->clientKeyOrigin.path, fixture("certs/client.key"));
    QVERIFY(prod->clientKeyOrigin.describe().contains(fixture("certs/client.key")));

    // *-data decoded from base64.
    const auto staging = config.context(QStringLiteral("staging-ci"));
    QCOMPARE(staging->certificateAuthorityPem, ca);
    QCOMPARE(staging->certificateAuthorityOrigin.kind, SecretOrigin::Kind::KubeconfigInline);
    const auto inlined = config.context(QStringLiteral("prod-inline"));
    QCOMPARE(inlined->clientCertificatePem, cert);
    QCOMPARE(inlined->clientKeyPem, key);
    QCOMPARE(inlined->clientKeyOrigin.kind, SecretOrigin::Kind::KubeconfigInline);

    // tokenFile read (and trimmed), and its path kept for re-reading rotated tokens.
    const auto dev = config.context(QStringLiteral("dev-robot"));
    QCOMPARE(dev->token, QByteArray("file-token-0123456789"));
    QCOMPARE(dev->tokenFile, fixture("token.txt"));
    QCOMPARE(dev->tokenOrigin.kind, SecretOrigin::Kind::File);
    QCOMPARE(dev->tokenOrigin.path, fixture("token.txt"));
}

void tst_Kubeconfig::execPlugins()
{
    const Kubeconfig config = Kubeconfig::loadFiles({fixture("valid.yaml")});
    const auto sso = config.context(QStringLiteral("prod-sso"));
    QVERIFY(sso && sso->exec);
    const ExecConfig &exec = *sso->exec;
    QCOMPARE(exec.apiVersion, QLatin1String(ExecConfig::ApiV1));
    // A relative command with a '/' resolves against the kubeconfig's directory.
    QCOMPARE(exec.command, fixture("bin/get-token"));
    QCOMPARE(exec.args, (QStringList{QStringLiteral("--cluster"), QStringLiteral("prod")}));
    QCOMPARE(exec.env.size(), 1);
    QCOMPARE(exec.env.first().name, QStringLiteral("SSO_PROFILE"));
    QCOMPARE(exec.env.first().value, QStringLiteral("maestro"));
    QCOMPARE(exec.interactiveMode, QStringLiteral("Never"));
    QVERIFY(exec.provideClusterInfo);
    QCOMPARE(exec.installHint, QStringLiteral("Install get-token from your SSO provider."));
    QCOMPARE(sso->tokenOrigin.kind, SecretOrigin::Kind::ExecPlugin);
    QVERIFY(sso->hasCredentials());

    // A bare name stays as written, to be found in PATH.
    const auto lookup = config.context(QStringLiteral("prod-lookup"));
    QVERIFY(lookup && lookup->exec);
    QCOMPARE(lookup->exec->command, QStringLiteral("kubelogin"));
    QCOMPARE(lookup->exec->apiVersion, QLatin1String(ExecConfig::ApiV1Beta1));
    QCOMPARE(lookup->exec->interactiveMode, QStringLiteral("IfAvailable"));
    QVERIFY(!lookup->exec->provideClusterInfo);
}

void tst_Kubeconfig::mergeFirstWins()
{
    const Kubeconfig config =
        Kubeconfig::loadFiles({fixture("merge-first.yaml"), fixture("merge-second.yaml")});
    QVERIFY2(config.issues().isEmpty(), dumpIssues(config).constData());
    QCOMPARE(config.contextNames(),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));

    // Context "a" from the first file; the second file's "a" is ignored.
    const auto a = config.context(QStringLiteral("a"));
    QCOMPARE(a->namespaceName, QStringLiteral("from-first"));
    QCOMPARE(a->server, QUrl(QStringLiteral("https://first.example.com")));
    QCOMPARE(a->sourceFile, fixture("merge-first.yaml"));

    // Context "b" from the second file uses the first file's cluster and user of the same name.
    const auto b = config.context(QStringLiteral("b"));
    QCOMPARE(b->sourceFile, fixture("merge-second.yaml"));
    QCOMPARE(b->server, QUrl(QStringLiteral("https://first.example.com")));
    QVERIFY(b->insecureSkipTlsVerify);
    QCOMPARE(b->token, QByteArray("first-token"));
    QCOMPARE(config.context(QStringLiteral("c"))->server,
             QUrl(QStringLiteral("https://only-second.example.com")));

    // current-context from the first file that sets one.
    QCOMPARE(config.currentContext(), QStringLiteral("b"));
    const Kubeconfig withCurrent = Kubeconfig::loadFiles(
        {fixture("merge-current.yaml"), fixture("merge-first.yaml"), fixture("merge-second.yaml")});
    QCOMPARE(withCurrent.currentContext(), QStringLiteral("a"));

    // The other order: the second file wins.
    const Kubeconfig reversed =
        Kubeconfig::loadFiles({fixture("merge-second.yaml"), fixture("merge-first.yaml")});
    QVERIFY2(reversed.issues().isEmpty(), dumpIssues(reversed).constData());
    QCOMPARE(reversed.context(QStringLiteral("a"))->server,
             QUrl(QStringLiteral("https://only-second.example.com")));
    QCOMPARE(reversed.context(QStringLiteral("b"))->server,
             QUrl(QStringLiteral("https://second.example.com")));
    QCOMPARE(reversed.context(QStringLiteral("b"))->token, QByteArray("second-token"));
}

void tst_Kubeconfig::kubeconfigEnvironment()
{
    EnvGuard guard("KUBECONFIG");
    const QString missing = m_tmp.filePath(QStringLiteral("does-not-exist.yaml"));
    const QString list = fixture("merge-first.yaml") + u':' + missing + QStringLiteral("::") +
                         fixture("merge-second.yaml") + u':' + fixture("merge-first.yaml");
    qputenv("KUBECONFIG", list.toUtf8());

    QCOMPARE(Kubeconfig::defaultFiles(),
             (QStringList{fixture("merge-first.yaml"), missing, fixture("merge-second.yaml")}));
    const Kubeconfig config = Kubeconfig::load();
    // Missing files in $KUBECONFIG are skipped silently, as kubectl does.
    QVERIFY2(config.issues().isEmpty(), dumpIssues(config).constData());
    QCOMPARE(config.contextNames(),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(config.context(QStringLiteral("a"))->namespaceName, QStringLiteral("from-first"));
    QCOMPARE(config.currentContext(), QStringLiteral("b"));
}

void tst_Kubeconfig::defaultFileInHome()
{
    EnvGuard kubeconfig("KUBECONFIG");
    EnvGuard home("HOME");
    qunsetenv("KUBECONFIG");
    const QString homeDir = m_tmp.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(homeDir + QStringLiteral("/.kube")));
    qputenv("HOME", QFile::encodeName(homeDir));

    QCOMPARE(Kubeconfig::defaultFiles(), QStringList{homeDir + QStringLiteral("/.kube/config")});
    // No kubeconfig at all is not an error: the UI offers to add a cluster.
    QVERIFY(Kubeconfig::load().issues().isEmpty());
    QVERIFY(Kubeconfig::load().contexts().isEmpty());

    QVERIFY(QFile::copy(fixture("merge-first.yaml"), homeDir + QStringLiteral("/.kube/config")));
    const Kubeconfig config = Kubeconfig::load();
    QVERIFY2(config.issues().isEmpty(), dumpIssues(config).constData());
    QCOMPARE(config.contextNames(), QStringList{QStringLiteral("a")});
}

void tst_Kubeconfig::syntaxErrorNamesFileAndLine()
{
    const Kubeconfig config =
        Kubeconfig::loadFiles({fixture("broken-syntax.yaml"), fixture("valid.yaml")});
    QCOMPARE(config.issues().size(), 1);
    const KubeconfigIssue &issue = config.issues().first();
    QCOMPARE(issue.file, fixture("broken-syntax.yaml"));
    QCOMPARE(issue.line, 7);
    QVERIFY(issue.entry.isEmpty());
    QVERIFY2(issue.message.contains(QLatin1String("YAML")), qPrintable(issue.message));
    // The other file still loads.
    QCOMPARE(config.contexts().size(), 7);
}

void tst_Kubeconfig::brokenReferencesKeepOtherContexts()
{
    const Kubeconfig config = Kubeconfig::loadFiles({fixture("broken-refs.yaml")});
    QCOMPARE(config.contextNames(), (QStringList{QStringLiteral("ok"), QStringLiteral("also-ok")}));
    QCOMPARE(config.issues().size(), 3);

    const KubeconfigIssue *cluster = findIssue(config, QStringLiteral("contexts[2] \"prod\""));
    QVERIFY2(cluster, dumpIssues(config).constData());
    QCOMPARE(cluster->file, fixture("broken-refs.yaml"));
    QCOMPARE(cluster->line, 23);
    QVERIFY(cluster->message.contains(QLatin1String("cluster \"x\" not found")));

    const KubeconfigIssue *user = findIssue(config, QStringLiteral("contexts[3] \"no-user\""));
    QVERIFY2(user, dumpIssues(config).constData());
    QCOMPARE(user->line, 28);
    QVERIFY(user->message.contains(QLatin1String("user \"nobody\" not found")));

    const KubeconfigIssue *current = findIssue(config, QStringLiteral("current-context"));
    QVERIFY2(current, dumpIssues(config).constData());
    QCOMPARE(current->line, 3);
    QVERIFY(current->message.contains(QLatin1String("missing-context")));
    QCOMPARE(config.currentContext(), QStringLiteral("missing-context"));
}

void tst_Kubeconfig::wrongTypes()
{
    const Kubeconfig config = Kubeconfig::loadFiles({fixture("wrong-types.yaml")});
    QVERIFY(config.contexts().isEmpty());
    struct Expected
    {
        const char *entry;
        int line;
        const char *text;
    };
    const Expected expected[] = {
        {"clusters", 3, "must be a list"},
        {"users[0]", 5, "must be a mapping"},
        {"users[2] \"args-map\"", 13, "\"exec.args\" must be a list of strings"},
        {"users[3]", 14, "no name"},
        {"contexts[0] \"needs-cluster\"", 19, "cluster \"prod\" not found"},
        {"contexts[1] \"bad-namespace\"", 23, "not a valid namespace"},
        {"contexts[2]", 24, "must be a mapping"},
    };
    QCOMPARE(config.issues().size(), int(std::size(expected)));
    for (const Expected &e : expected) {
        const KubeconfigIssue *issue = findIssue(config, QString::fromUtf8(e.entry));
        QVERIFY2(issue, e.entry);
        QCOMPARE(issue->line, e.line);
        QVERIFY2(issue->message.contains(QString::fromUtf8(e.text)), qPrintable(issue->message));
    }
}

void tst_Kubeconfig::wrongFields_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("text");
    auto row = [](const char *entry, int line, const char *text) {
        QTest::newRow(entry) << QString::fromUtf8(entry) << line << QString::fromUtf8(text);
    };
    row("clusters[0] \"insecure-maybe\"", 5, "must be true or false");
    row("clusters[1] \"server-list\"", 8, "\"server\" must be a string");
    row("clusters[2] \"no-server\"", 11, "\"server\" is missing");
    row("clusters[3] \"ftp\"", 14, "https or http");
    row("clusters[4] \"bad-base64\"", 18, "\"certificate-authority-data\" is not valid base64");
    row("clusters[5] \"not-pem\"", 22, "does not contain a PEM certificate");
    row("clusters[6] \"missing-ca-file\"", 26, "does-not-exist.crt");
    row("clusters[7] \"insecure-with-ca\"", 31, "cannot be combined");
    row("clusters[8] \"bad-proxy\"", 35, "socks5");
    row("users[0] \"half-cert\"", 42, "\"client-key\" is missing");
    row("users[1] \"old-provider\"", 46, "auth-provider \"gcp\"");
    row("users[2] \"basic\"", 49, "basic authentication");
    row("users[3] \"old-exec\"", 54, "v1alpha1");
    row("users[4] \"no-command\"", 59, "\"exec.command\" is missing");
    row("users[5] \"empty-token-file\"", 62, "is empty");
    row("contexts[1] \"uses-bad-cluster\"", 69, "cluster \"bad-base64\" could not be loaded");
    row("contexts[2] \"uses-bad-user\"", 73, "user \"half-cert\" could not be loaded");
}

void tst_Kubeconfig::wrongFields()
{
    QFETCH(QString, entry);
    QFETCH(int, line);
    QFETCH(QString, text);

    const Kubeconfig config = Kubeconfig::loadFiles({fixture("wrong-fields.yaml")});
    // Exactly one issue per broken entry, and the good context still loads.
    QCOMPARE(config.issues().size(), 17);
    QCOMPARE(config.contextNames(), QStringList{QStringLiteral("fine")});
    QCOMPARE(config.context(QStringLiteral("fine"))->server,
             QUrl(QStringLiteral("https://e.example.com:6443")));

    const KubeconfigIssue *issue = findIssue(config, entry);
    QVERIFY2(issue, dumpIssues(config).constData());
    QCOMPARE(issue->file, fixture("wrong-fields.yaml"));
    QCOMPARE(issue->line, line);
    QVERIFY2(issue->message.contains(text), qPrintable(issue->message));
}

void tst_Kubeconfig::junkFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("text");

    QByteArray binary(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : binary)
        c = char(generator.bounded(256));
    binary[100] = '\0';
    QTest::newRow("binary junk") << binary << QStringLiteral("binary");
    QTest::newRow("invalid utf-8")
        << QByteArray("clusters: \xff\xfe\xfd\n") << QStringLiteral("UTF-8");
    QTest::newRow("not yaml") << QByteArray("{{{{ ]]]] :::: \n\t- x") << QStringLiteral("YAML");
    QTest::newRow("empty") << fileContent(fixture("empty.yaml")) << QStringLiteral("empty");
    QTest::newRow("comment only") << fileContent(fixture("comment-only.yaml"))
                                  << QStringLiteral("empty");
    QTest::newRow("list") << fileContent(fixture("not-a-map.yaml"))
                          << QStringLiteral("not a kubeconfig");
    QTest::newRow("scalar") << QByteArray("just some text\n") << QStringLiteral("not a kubeconfig");
}

void tst_Kubeconfig::junkFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, text);

    const QString path = m_tmp.filePath(QString::fromLatin1(QTest::currentDataTag()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();

    // One issue for the file, and the next file still loads.
    const Kubeconfig config = Kubeconfig::loadFiles({path, fixture("merge-first.yaml")});
    QCOMPARE(config.issues().size(), 1);
    QCOMPARE(config.issues().first().file, path);
    QVERIFY2(config.issues().first().message.contains(text),
             qPrintable(config.issues().first().message));
    QCOMPARE(config.contextNames(), QStringList{QStringLiteral("a")});
}

void tst_Kubeconfig::oversizedFile()
{
    const QString path = m_tmp.filePath(QStringLiteral("huge.yaml"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Valid YAML all the way, so only the size check can stop it.
        const QByteArray line("# padding padding padding padding padding padding padding\n");
        for (qint64 written = 0; written <= Kubeconfig::MaxFileSize; written += line.size())
            QCOMPARE(file.write(line), line.size());
    }
    QElapsedTimer timer;
    timer.start();
    const Kubeconfig config = Kubeconfig::loadFiles({path, fixture("merge-first.yaml")});
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(config.issues().size(), 1);
    QCOMPARE(config.issues().first().file, path);
    QVERIFY2(config.issues().first().message.contains(QLatin1String("16 MiB")),
             qPrintable(config.issues().first().message));
    QCOMPARE(config.contextNames(), QStringList{QStringLiteral("a")});

    const Kubeconfig inMemory =
        Kubeconfig::loadData(QByteArray(Kubeconfig::MaxFileSize + 1, '#'), path);
    QCOMPARE(inMemory.issues().size(), 1);
    QVERIFY(inMemory.issues().first().message.contains(QLatin1String("16 MiB")));
}

void tst_Kubeconfig::deviceFile()
{
    if (!QFile::exists(QStringLiteral("/dev/zero")))
        QSKIP("no /dev/zero");
    // An endless file must not hang or exhaust memory.
    QElapsedTimer timer;
    timer.start();
    const Kubeconfig config = Kubeconfig::loadFiles({QStringLiteral("/dev/zero")});
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(config.issues().size(), 1);
    QVERIFY(config.contexts().isEmpty());
}

void tst_Kubeconfig::deepNesting()
{
    // yaml-cpp guards its recursion; the loader must turn that into an issue, not a crash.
    const Kubeconfig config =
        Kubeconfig::loadData(QByteArray(200'000, '['), m_tmp.filePath(QStringLiteral("deep.yaml")));
    QCOMPARE(config.issues().size(), 1);
    QVERIFY(config.contexts().isEmpty());
}

void tst_Kubeconfig::missingFile()
{
    const QString path = m_tmp.filePath(QStringLiteral("missing.yaml"));
    const Kubeconfig config = Kubeconfig::loadFiles({path});
    QCOMPARE(config.issues().size(), 1);
    QCOMPARE(config.issues().first().file, path);
    QVERIFY(config.issues().first().message.contains(QLatin1String("does not exist")));
}

void tst_Kubeconfig::loadDataResolvesAgainstFileName()
{
    const QByteArray yaml = "clusters:\n"
                            "- name: c\n"
                            "  cluster: {server: 'https://h.example.com', "
                            "certificate-authority: certs/ca.crt}\n"
                            "users:\n"
                            "- name: u\n"
                            "  user: {tokenFile: token.txt}\n"
                            "contexts:\n"
                            "- name: x\n"
                            "  context: {cluster: c, user: u}\n";
    const Kubeconfig config = Kubeconfig::loadData(yaml, fixture("pasted.yaml"));
    QVERIFY2(config.issues().isEmpty(), dumpIssues(config).constData());
    const auto x = config.context(QStringLiteral("x"));
    QVERIFY(x);
    QCOMPARE(x->certificateAuthorityPem, fileContent(fixture("certs/ca.crt")));
    QCOMPARE(x->token, QByteArray("file-token-0123456789"));
}

void tst_Kubeconfig::issueText()
{
    const KubeconfigIssue issue{QStringLiteral("/k/config"), 12,
                                QStringLiteral("contexts[2] \"prod\""),
                                QStringLiteral("cluster \"x\" not found")};
    QCOMPARE(issue.toString(),
             QStringLiteral("/k/config:12: contexts[2] \"prod\": cluster \"x\" not found"));
    const KubeconfigIssue fileIssue{QStringLiteral("/k/config"), 0, {}, QStringLiteral("empty")};
    QCOMPARE(fileIssue.toString(), QStringLiteral("/k/config: empty"));
}

QTEST_GUILESS_MAIN(tst_Kubeconfig)
#include "tst_Kubeconfig.moc"
