// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/credentials/CredentialStore.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace maestro;
using Result = CredentialStore::Result;
using Status = CredentialStore::Status;

namespace {

constexpr int KeychainWaitMs = 15'000;
constexpr auto ChildVariable = "MAESTRO_TEST_CREDENTIALS_CHILD";
constexpr auto SecretVariable = "MAESTRO_TEST_SECRET";

QByteArray randomSecret()
{
    return "maestro-test-secret-" +
           QByteArray::number(QRandomGenerator::global()->generate64(), 16) +
           QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

/// Runs one operation and waits for its finished().
Result run(CredentialStore &store, CredentialStore::Operation operation, const QString &key,
           const QByteArray &secret = {})
{
    QSignalSpy spy(&store, &CredentialStore::finished);
    quint64 id = 0;
    switch (operation) {
    case CredentialStore::Operation::Read:
        id = store.read(key);
        break;
    case CredentialStore::Operation::Write:
        id = store.write(key, secret);
        break;
    case CredentialStore::Operation::Remove:
        id = store.remove(key);
        break;
    }
    // Never synchronous.
    if (!spy.isEmpty() || !spy.wait(KeychainWaitMs) || spy.size() != 1)
        return {};
    Result result = spy.at(0).at(0).value<Result>();
    return result.requestId == id ? result : Result{};
}

/// Every file under @p root (hidden ones too) that contains @p needle.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(path);
    }
    return found;
}

} // namespace

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyFormat();
    void roundTripThroughKeyring();
    void withoutKeyringSecretsStayInMemory();
    void childWithoutKeyring();
};

void tst_CredentialStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CredentialStore::keyFormat()
{
    QCOMPARE(CredentialStore::keyForContext(QStringLiteral("prod"),
                                            QStringLiteral("https://10.0.0.1:6443")),
             QStringLiteral("context/prod@https://10.0.0.1:6443"));
    QCOMPARE(QLatin1String(CredentialStore::ServiceName), QLatin1String("maestro"));
}

void tst_CredentialStore::roundTripThroughKeyring()
{
    if (qEnvironmentVariableIsSet(ChildVariable))
        QSKIP("parent-only test");
    const QString key = CredentialStore::keyForContext(
        QStringLiteral("tst-%1").arg(QRandomGenerator::global()->generate(), 0, 16),
        QStringLiteral("https://127.0.0.1:6443"));
    const QByteArray secret = randomSecret();

    {
        CredentialStore writer;
        const Result written = run(writer, CredentialStore::Operation::Write, key, secret);
        if (!CredentialStore::isPersistent()) {
            if (qEnvironmentVariableIsSet("MAESTRO_TEST_NO_KEYRING_OK"))
                QSKIP("no Secret Service on the session bus (MAESTRO_TEST_NO_KEYRING_OK is set)");
            QFAIL("No Secret Service is reachable on the session bus. Run the tests through "
                  "scripts/test.sh, or inside dbus-run-session with gnome-keyring-daemon "
                  "--unlock --components=secrets; set MAESTRO_TEST_NO_KEYRING_OK=1 to skip.");
        }
        QCOMPARE(written.status, Status::Ok);
        QVERIFY(written.persistent);
        QCOMPARE(written.key, key);
        QCOMPARE(CredentialStore::backend(), CredentialStore::Backend::Keychain);
    }

    // A new store object, so the secret can only come from the keyring.
    CredentialStore reader;
    const Result read = run(reader, CredentialStore::Operation::Read, key);
    QCOMPARE(read.status, Status::Ok);
    QVERIFY(read.persistent);
    QCOMPARE(read.secret, secret);

    // And QtKeychain on its own sees it under the documented service and key.
    QKeychain::ReadPasswordJob direct{QLatin1String(CredentialStore::ServiceName)};
    direct.setAutoDelete(false);
    direct.setKey(key);
    QSignalSpy directSpy(&direct, &QKeychain::Job::finished);
    direct.start();
    QVERIFY(directSpy.wait(KeychainWaitMs));
    QCOMPARE(direct.error(), QKeychain::NoError);
    QCOMPARE(direct.binaryData(), secret);

    QCOMPARE(run(reader, CredentialStore::Operation::Remove, key).status, Status::Ok);
    const Result gone = run(reader, CredentialStore::Operation::Read, key);
    QCOMPARE(gone.status, Status::NotFound);
    QVERIFY(gone.secret.isEmpty());
    // Removing again is not an error.
    QCOMPARE(run(reader, CredentialStore::Operation::Remove, key).status, Status::Ok);
    QVERIFY(CredentialStore::isPersistent());
    QVERIFY(CredentialStore::persistenceMessage().isEmpty());
}

void tst_CredentialStore::withoutKeyringSecretsStayInMemory()
{
    if (qEnvironmentVariableIsSet(ChildVariable))
        QSKIP("parent-only test");
    // The keychain decision is per process, so the no-keyring case runs in a child process
    // whose session bus does not exist and that has no X display to autolaunch one.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray secret = randomSecret();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/maestro-test-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    env.insert(QLatin1String(ChildVariable), QStringLiteral("1"));
    env.insert(QLatin1String(SecretVariable), QString::fromLatin1(secret));

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    // Run from the temporary home too, so a file dropped in the working directory is found.
    child.setWorkingDirectory(home.path());
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("childWithoutKeyring"), QStringLiteral("-maxwarnings"),
                 QStringLiteral("0")});
    QVERIFY(finished.wait(60'000));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             output.constData());
    QVERIFY2(output.contains("PASS   : tst_CredentialStore::childWithoutKeyring()"),
             output.constData());

    // Nothing reached the disk: not the secret, nor its base64 form.
    QCOMPARE(filesContaining(home.path(), secret), QStringList());
    QCOMPARE(filesContaining(home.path(), secret.toBase64()), QStringList());
    QVERIFY2(!output.contains(secret), "the secret was logged");
}

void tst_CredentialStore::childWithoutKeyring()
{
    if (!qEnvironmentVariableIsSet(ChildVariable))
        QSKIP("runs only as the child of withoutKeyringSecretsStayInMemory");
    // Make any secret that reaches a log visible in the output the parent scans.
    QLoggingCategory::setFilterRules(QStringLiteral("maestro.*=true"));
    const QByteArray secret = qgetenv(SecretVariable);
    QVERIFY(!secret.isEmpty());
    const QString key = CredentialStore::keyForContext(QStringLiteral("no-keyring"),
                                                       QStringLiteral("https://127.0.0.1:6443"));

    CredentialStore writer;
    writer.setRetryDelay(std::chrono::milliseconds(100));
    QSignalSpy unavailable(&writer, &CredentialStore::keychainUnavailable);
    QCOMPARE(CredentialStore::backend(), CredentialStore::Backend::Unknown);

    const Result written = run(writer, CredentialStore::Operation::Write, key, secret);
    QCOMPARE(written.status, Status::Ok);
    QVERIFY(!written.persistent);
    QCOMPARE(CredentialStore::backend(), CredentialStore::Backend::MemoryOnly);
    QVERIFY(!CredentialStore::isPersistent());
    QCOMPARE(unavailable.size(), 1);
    const QString message = unavailable.at(0).at(0).toString();
    QCOMPARE(message, QStringLiteral("No keychain is available: the token is kept only until "
                                     "Maestro Desktop quits"));
    QCOMPARE(CredentialStore::persistenceMessage(), message);

    // Still readable in this process, from another store object too.
    CredentialStore reader;
    const Result read = run(reader, CredentialStore::Operation::Read, key);
    QCOMPARE(read.status, Status::Ok);
    QCOMPARE(read.secret, secret);
    QVERIFY(!read.persistent);

    QCOMPARE(run(reader, CredentialStore::Operation::Remove, key).status, Status::Ok);
    QCOMPARE(run(reader, CredentialStore::Operation::Read, key).status, Status::NotFound);
    QCOMPARE(unavailable.size(), 1); // once per process
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_CredentialStore.moc"
