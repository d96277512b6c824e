// SPDX-License-Identifier: GPL-3.0-or-later
// The one-step replica change that removing a chosen server ends with, when the answer to
// its write is lost: a write that reached the server is found by reading it back, never
// applied twice; one that did not is made again; and when neither can be told, the
// message says so instead of "refused".

#include "KubeTestSupport.h"

#include "app/lifecycle/LifecycleRequests.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace maestro;
using namespace maestro::kube;

namespace {

/// One MachineDeployment's scale subresource over plain HTTP, with answers to writes
/// lost on the way as the test asks: the connection closes after the status line.
class ScaleServer : public QTcpServer
{
public:
    int replicas = 3;
    int version = 10;
    int appliedWrites = 0;
    int writes = 0;
    int reads = 0;
    /// The first this many writes are carried out (if their precondition holds) ...
    int writesCarriedOut = 1000;
    /// ... and the answers to the first this many writes are lost.
    int answersLost = 0;
    /// Reads after the first answer 503.
    bool laterReadsFail = false;

    ScaleServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    serve(socket);
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }

private:
    static QByteArray answer(int status, const QByteArray &reason, const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status) + " " + reason +
               "\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    QByteArray scale() const
    {
        return QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("kind"), QStringLiteral("Scale")},
                       {QStringLiteral("apiVersion"), QStringLiteral("autoscaling/v1")},
                       {QStringLiteral("metadata"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("md-0")},
                                    {QStringLiteral("namespace"), QStringLiteral("default")},
                                    {QStringLiteral("resourceVersion"), QString::number(version)}}},
                       {QStringLiteral("spec"),
                        QJsonObject{{QStringLiteral("replicas"), replicas}}},
                       {QStringLiteral("status"),
                        QJsonObject{{QStringLiteral("replicas"), replicas}}}})
            .toJson(QJsonDocument::Compact);
    }
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = buffer.left(headEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        if (head.startsWith("GET ")) {
            ++reads;
            if (laterReadsFail && reads > 1)
                socket->write(answer(503, "Service Unavailable",
                                     R"({"kind":"Status","apiVersion":"v1","status":"Failure",)"
                                     R"("reason":"ServiceUnavailable","code":503})"));
            else
                socket->write(answer(200, "OK", scale()));
            return;
        }
        // A merge patch of the replicas under a resourceVersion precondition.
        ++writes;
        const QJsonObject patch = QJsonDocument::fromJson(body).object();
        const QString precondition = patch.value(QLatin1String("metadata"))
                                         .toObject()
                                         .value(QLatin1String("resourceVersion"))
                                         .toString();
        if (precondition != QString::number(version)) {
            socket->write(answer(409, "Conflict",
                                 R"({"kind":"Status","apiVersion":"v1","status":"Failure",)"
                                 R"("message":"the object has been modified","reason":"Conflict",)"
                                 R"("code":409})"));
            return;
        }
        if (writes <= writesCarriedOut) {
            replicas = patch.value(QLatin1String("spec"))
                           .toObject()
                           .value(QLatin1String("replicas"))
                           .toInt();
            ++version;
            ++appliedWrites;
        }
        if (writes <= answersLost) {
            // The status line and headers, then nothing: the connection is gone.
            const QByteArray whole = answer(200, "OK", scale());
            socket->write(whole.left(whole.indexOf("\r\n\r\n") + 4));
            socket->disconnectFromHost();
            return;
        }
        socket->write(answer(200, "OK", scale()));
    }

    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class tst_ScaleChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeThatArrivedIsNotRepeated();
    void writeThatDidNotArriveIsMadeAgain();
    void unknownOutcomeIsSaid();

private:
    /// Runs a change of -1 against the server; the finished() arguments.
    static QList<QVariant> removeOne(ScaleServer &server);
};

QList<QVariant> tst_ScaleChange::removeOne(ScaleServer &server)
{
    ApiClient client(test::plainContext(server.url()));
    lifecycle::ScaleChange change(&client, QStringLiteral("MachineDeployment"),
                                  QStringLiteral("default"), QStringLiteral("md-0"), -1);
    QSignalSpy finished(&change, &lifecycle::ScaleChange::finished);
    change.start();
    if (!finished.wait(60000))
        return {};
    return finished.first();
}

void tst_ScaleChange::writeThatArrivedIsNotRepeated()
{
    // Every answer to a write is lost; only the first write is carried out.
    ScaleServer server;
    server.answersLost = 100;
    server.writesCarriedOut = 1;
    const QList<QVariant> result = removeOne(server);
    QCOMPARE(result.size(), 2);
    QVERIFY2(result.at(0).toBool(), qPrintable(result.at(1).toString()));
    QCOMPARE(server.replicas, 2);
    QCOMPARE(server.appliedWrites, 1);
    QVERIFY(server.reads >= 2); // the answer was read back from the server
}

void tst_ScaleChange::writeThatDidNotArriveIsMadeAgain()
{
    // The first writes are lost on the way in (and their answers with them); the one
    // after reading the count again gets through.
    ScaleServer server;
    server.writesCarriedOut = 0;
    server.answersLost = 100;
    const QList<QVariant> first = removeOne(server);
    QCOMPARE(first.size(), 2);
    QVERIFY(!first.at(0).toBool());
    QCOMPARE(server.replicas, 3);
    QCOMPARE(server.appliedWrites, 0);
    // It read the count back after each lost answer, tried again, and gave up saying
    // that nothing changed: neither "refused" nor "someone else".
    QVERIFY(server.reads > 2);
    const QString message = first.at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("Nothing was applied")) &&
                 !message.contains(QStringLiteral("someone else")),
             qPrintable(message));

    server.writes = 0;
    server.writesCarriedOut = 1000;
    server.answersLost = 1; // the next one is carried out, its answer lost
    const QList<QVariant> second = removeOne(server);
    QCOMPARE(second.size(), 2);
    QVERIFY2(second.at(0).toBool(), qPrintable(second.at(1).toString()));
    QCOMPARE(server.replicas, 2);
    QCOMPARE(server.appliedWrites, 1);
}

void tst_ScaleChange::unknownOutcomeIsSaid()
{
    ScaleServer server;
    server.answersLost = 100;
    server.writesCarriedOut = 1;
    server.laterReadsFail = true;
    const QList<QVariant> result = removeOne(server);
    QCOMPARE(result.size(), 2);
    QVERIFY(!result.at(0).toBool());
    const QString message = result.at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("Could not find out")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("refused")), qPrintable(message));
    QCOMPARE(server.appliedWrites, 1);
}

QTEST_GUILESS_MAIN(tst_ScaleChange)
#include "tst_ScaleChange.moc"
