// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/http/HttpRequestParser.h"
#include "sim/http/HttpServer.h"
#include "sim/tls/CertificateAuthority.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <vector>

using namespace maestro::sim;

namespace {

struct Response
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// Takes a response head (status line and headers) off the front of `buffer`.
bool takeHead(QByteArray &buffer, Response *response)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    buffer.remove(0, end + 4);
    *response = Response();
    response->status = lines.first().trimmed().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            response->headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                     lines.at(i).mid(colon + 1).trimmed());
    }
    return true;
}

/// Takes one chunk of a chunked body off `buffer`; an empty chunk is the last one.
bool takeChunk(QByteArray &buffer, QByteArray *chunk)
{
    const qsizetype lineEnd = buffer.indexOf("\r\n");
    if (lineEnd < 0)
        return false;
    bool ok = false;
    const qsizetype size = qsizetype(buffer.left(lineEnd).toLongLong(&ok, 16));
    if (!ok)
        return false;
    const qsizetype needed = lineEnd + 2 + size + 2;
    if (buffer.size() < needed)
        return false;
    *chunk = buffer.mid(lineEnd + 2, size);
    buffer.remove(0, needed);
    return true;
}

/// Takes one complete response (Content-Length or chunked) off `buffer`.
bool takeResponse(QByteArray &buffer, Response *response)
{
    QByteArray rest = buffer;
    if (!takeHead(rest, response))
        return false;
    if (response->status >= 100 && response->status < 200) {
        buffer = rest;
        return true;
    }
    if (response->header("transfer-encoding") == "chunked") {
        QByteArray chunk;
        for (;;) {
            if (!takeChunk(rest, &chunk))
                return false;
            if (chunk.isEmpty())
                break;
            response->body += chunk;
        }
    } else {
        const qsizetype length = qsizetype(response->header("content-length").toLongLong());
        if (rest.size() < length)
            return false;
        response->body = rest.left(length);
        rest.remove(0, length);
    }
    buffer = rest;
    return true;
}

/// A raw client over one socket: what goes over the wire is exactly what the test writes.
class Client
{
public:
    explicit Client(QTcpSocket *socket = new QTcpSocket)
        : m_socket(socket)
    {}

    QTcpSocket *socket() const { return m_socket.get(); }
    QSslSocket *sslSocket() const { return qobject_cast<QSslSocket *>(m_socket.get()); }
    QByteArray &buffer() { return m_buffer; }

    bool connectPlain(quint16 port)
    {
        m_socket->connectToHost(QHostAddress::LocalHost, port);
        return QTest::qWaitFor([&] { return m_socket->state() == QAbstractSocket::ConnectedState; },
                               5000);
    }

    bool connectTls(quint16 port, const QSslConfiguration &configuration)
    {
        QSslSocket *ssl = sslSocket();
        ssl->setSslConfiguration(configuration);
        ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return QTest::qWaitFor(
                   [&] {
                       return ssl->isEncrypted() ||
                              ssl->state() == QAbstractSocket::UnconnectedState;
                   },
                   5000) &&
               ssl->isEncrypted();
    }

    void send(const QByteArray &data)
    {
        m_socket->write(data);
        m_socket->flush();
    }

    void pump() { m_buffer += m_socket->readAll(); }

    bool waitResponse(Response *response, int timeout = 5000)
    {
        return QTest::qWaitFor(
            [&] {
                pump();
                return takeResponse(m_buffer, response);
            },
            timeout);
    }

    bool waitHead(Response *response)
    {
        return QTest::qWaitFor(
            [&] {
                pump();
                return takeHead(m_buffer, response);
            },
            5000);
    }

    bool waitChunk(QByteArray *chunk, int timeout = 5000)
    {
        return QTest::qWaitFor(
            [&] {
                pump();
                return takeChunk(m_buffer, chunk);
            },
            timeout);
    }

    bool waitDisconnected(int timeout = 5000)
    {
        return QTest::qWaitFor(
            [&] {
                pump();
                return m_socket->state() == QAbstractSocket::UnconnectedState;
            },
            timeout);
    }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

QByteArray get(const QByteArray &target, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

/// Answers every request with "METHOD path labelSelector body".
void echoHandler(const HttpRequest &request, HttpResponder *responder)
{
    const QByteArray text =
        request.method + ' ' + request.path.toUtf8() + ' ' +
        request.query.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded).toUtf8() +
        ' ' + request.body;
    responder->respond(200, "text/plain", text, {{"X-Test", "yes"}});
}

QString clientName(const HttpRequest &request)
{
    const QStringList names =
        request.verifiedClientCertificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? QStringLiteral("anonymous") : names.constFirst();
}

} // namespace

class tst_HttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_ca.isValid(), qPrintable(m_ca.errorString()));
        m_serverCert = m_ca.issueServerCertificate({QStringLiteral("localhost")},
                                                   {QStringLiteral("127.0.0.1")});
        QVERIFY(!m_serverCert.certificate.isNull());
    }

    void keepAliveAndPipelining()
    {
        HttpServer server;
        server.setHandler(echoHandler);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY(!server.isTls());

        Client client;
        QVERIFY(client.connectPlain(server.serverPort()));
        client.send(get("/api/v1/pods?labelSelector=app%3Dweb&limit=5"));
        Response response;
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("GET /api/v1/pods app=web "));
        QCOMPARE(response.header("content-type"), QByteArray("text/plain"));
        QCOMPARE(response.header("x-test"), QByteArray("yes"));
        QVERIFY(response.header("date").endsWith(" GMT"));
        QVERIFY(response.header("connection").isEmpty());

        // The same connection serves the next request, with percent-decoding of the path
        // and "%26" in a value not taken for a separator.
        client.send(get("/api/v1/namespaces/a%20b/pods?labelSelector=x%3Dy%26z%2Bw"));
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.body, QByteArray("GET /api/v1/namespaces/a b/pods x=y&z+w "));
        QCOMPARE(client.socket()->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(server.connectionCount(), 1);

        // Pipelined: both requests in one write, answered in order.
        client.send(get("/one") + "POST /two HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc");
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.body, QByteArray("GET /one  "));
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.body, QByteArray("POST /two  abc"));
        QCOMPARE(server.connectionCount(), 1);
    }

    void http10ClosesAfterResponse()
    {
        HttpServer server;
        server.setHandler(echoHandler);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        Client client;
        QVERIFY(client.connectPlain(server.serverPort()));
        client.send("GET /old HTTP/1.0\r\n\r\n");
        Response response;
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("connection"), QByteArray("close"));
        QVERIFY(client.waitDisconnected());
        QTRY_COMPARE(server.connectionCount(), 0);
    }

    void connectionCloseHeader()
    {
        HttpServer server;
        server.setHandler(echoHandler);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        Client client;
        QVERIFY(client.connectPlain(server.serverPort()));
        client.send(get("/bye", "Connection: close\r\n"));
        Response response;
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.header("connection"), QByteArray("close"));
        QVERIFY(client.waitDisconnected());
    }

    void chunkedRequestBody()
    {
        HttpServer server;
        server.setHandler(echoHandler);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        Client client;
        QVERIFY(client.connectPlain(server.serverPort()));
        client.send(
            "POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel");
        QTest::qWait(20);
        client.send("lo\r\n6;ext=1\r\n world\r\n");
        QTest::qWait(20);
        client.send("0\r\nX-Trailer: t\r\n\r\n");
        Response response;
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("POST /upload  hello world"));

        // Still usable afterwards.
        client.send(get("/after"));
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.body, QByteArray("GET /after  "));
    }

    void expectContinue()
    {
        HttpServer server;
        server.setHandler(echoHandler);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        Client client;
        QVERIFY(client.connectPlain(server.serverPort()));
        client.send(
            "PUT /x HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
        Response response;
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.status, 100);
        client.send("data");
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("PUT /x  data"));
    }

    void streamedResponse()
    {
        HttpServer server;
        QPointer<HttpResponder> stream;
        int nextCalls = 0;
        server.setHandler([&](const HttpRequest &request, HttpResponder *responder) {
            if (request.path == QStringLiteral("/watch")) {
                responder->beginStream(200, "application/json");
                stream = responder;
            } else {
                ++nextCalls;
                responder->respond(200, "text/plain", "next");
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        Client client;
        QVERIFY(client.connectPlain(server.serverPort()));
        client.send(get("/watch?watch=1"));
        Response head;
        QVERIFY(client.waitHead(&head));
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("transfer-encoding"), QByteArray("chunked"));
        QCOMPARE(head.header("content-type"), QByteArray("application/json"));
        QVERIFY(stream);

        // Each event arrives while the stream is still open.
        QVERIFY(stream->writeChunk("{\"type\":\"ADDED\"}\n"));
        QByteArray chunk;
        QVERIFY(client.waitChunk(&chunk));
        QCOMPARE(chunk, QByteArray("{\"type\":\"ADDED\"}\n"));

        // A request sent while the stream is open waits for it to end.
        client.send(get("/next"));
        QTest::qWait(100);
        QCOMPARE(nextCalls, 0);
        QVERIFY(stream->writeChunk("{\"type\":\"MODIFIED\"}\n"));
        QVERIFY(client.waitChunk(&chunk));
        QCOMPARE(chunk, QByteArray("{\"type\":\"MODIFIED\"}\n"));
        QVERIFY(stream->writeChunk(QByteArray())); // no-op, must not end the stream
        stream->endStream();
        QVERIFY(client.waitChunk(&chunk));
        QVERIFY(chunk.isEmpty());

        Response response;
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.body, QByteArray("next"));
        QCOMPARE(nextCalls, 1);
        QTRY_VERIFY(stream.isNull()); // deleted once finished
    }

    void asynchronousAnswerAndClientGone()
    {
        HttpServer server;
        QList<QPointer<HttpResponder>> pending;
        server.setHandler(
            [&](const HttpRequest &, HttpResponder *responder) { pending.append(responder); });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        Client client;
        QVERIFY(client.connectPlain(server.serverPort()));
        client.send(get("/later"));
        QTRY_COMPARE(pending.size(), 1);
        QTimer::singleShot(50, pending.first(),
                           [&] { pending.first()->respond(201, "text/plain", "done"); });
        Response response;
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.status, 201);
        QCOMPARE(response.body, QByteArray("done"));

        // A client that leaves while its request is open: closed(), then the responder goes.
        client.send(get("/never"));
        QTRY_COMPARE(pending.size(), 2);
        QPointer<HttpResponder> open = pending.last();
        QSignalSpy closed(open.data(), &HttpResponder::closed);
        client.socket()->abort();
        QVERIFY(closed.wait(5000) || closed.size() == 1);
        QTRY_VERIFY(open.isNull());
        QTRY_COMPARE(server.connectionCount(), 0);
    }

    void oversizedBody_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("content-length") << QByteArray(
            "POST /big HTTP/1.1\r\nContent-Length: 5000\r\n\r\n" + QByteArray(5000, 'x'));
        QTest::newRow("chunked") << QByteArray(
            "POST /big HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3e8\r\n" +
            QByteArray(1000, 'x') + "\r\n3e8\r\n" + QByteArray(1000, 'y') + "\r\n0\r\n\r\n");
    }

    void oversizedBody()
    {
        QFETCH(QByteArray, request);
        HttpServer server;
        server.setMaxBodySize(1024);
        int calls = 0;
        server.setHandler([&](const HttpRequest &, HttpResponder *responder) {
            ++calls;
            responder->respond(200, "text/plain", "ok");
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        Client client;
        QVERIFY(client.connectPlain(server.serverPort()));
        client.send(request);
        Response response;
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.status, 413);
        QCOMPARE(response.header("content-type"), QByteArray("application/json"));
        QCOMPARE(response.header("connection"), QByteArray("close"));
        const QJsonObject status = response.json();
        QCOMPARE(status.value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
        QCOMPARE(status.value(QStringLiteral("apiVersion")).toString(), QStringLiteral("v1"));
        QVERIFY(status.value(QStringLiteral("metadata")).isObject());
        QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("Failure"));
        QCOMPARE(status.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("RequestEntityTooLarge"));
        QCOMPARE(status.value(QStringLiteral("code")).toInt(), 413);
        QVERIFY(!status.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(client.waitDisconnected());
        QCOMPARE(calls, 0);
    }

    void badRequest_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("no version") << QByteArray("GET /foo\r\n\r\n");
        QTest::newRow("unknown version") << QByteArray("GET / HTTP/9.9\r\n\r\n");
        QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\n\r\n");
        QTest::newRow("lower-case method") << QByteArray("GeT / HTTP/1.1\r\n\r\n");
        QTest::newRow("relative target") << QByteArray("GET foo HTTP/1.1\r\n\r\n");
        QTest::newRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nBad Header\r\n\r\n");
        QTest::newRow("space in header name")
            << QByteArray("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n");
        QTest::newRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n  c\r\n\r\n");
        QTest::newRow("bad content-length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 12abc\r\n\r\n");
        QTest::newRow("negative content-length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("conflicting content-length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");
        QTest::newRow("te and cl") << QByteArray(
            "POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n");
        QTest::newRow("gzip te") << QByteArray(
            "POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n");
        QTest::newRow("bad chunk size")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("chunk without crlf")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nabc");
    }

    void badRequest()
    {
        QFETCH(QByteArray, request);
        HttpServer server;
        int calls = 0;
        server.setHandler([&](const HttpRequest &, HttpResponder *responder) {
            ++calls;
            responder->respond(200, "text/plain", "ok");
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        Client client;
        QVERIFY(client.connectPlain(server.serverPort()));
        client.send(request);
        Response response;
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.status, 400);
        const QJsonObject status = response.json();
        QCOMPARE(status.value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
        QCOMPARE(status.value(QStringLiteral("reason")).toString(), QStringLiteral("BadRequest"));
        QCOMPARE(status.value(QStringLiteral("code")).toInt(), 400);
        QVERIFY(client.waitDisconnected());
        QCOMPARE(calls, 0);
    }

    void headersTooLarge_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("huge header")
            << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n");
        QTest::newRow("endless header")
            << QByteArray("GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a'));
        QByteArray many = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 300; ++i)
            many += "X-H" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many headers") << QByteArray(many + "\r\n");
    }

    void headersTooLarge()
    {
        QFETCH(QByteArray, request);
        HttpServer server;
        server.setHandler(echoHandler);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        Client client;
        QVERIFY(client.connectPlain(server.serverPort()));
        client.send(request);
        Response response;
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.status, 431);
        QCOMPARE(response.json().value(QStringLiteral("code")).toInt(), 431);
        QVERIFY(client.waitDisconnected());
    }

    void garbageClosesConnection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        // The start of a TLS 1.2 ClientHello: a client speaking TLS to the plain port.
        QTest::newRow("tls client hello")
            << QByteArray::fromHex("160301020001000200303030303030303030");
        QTest::newRow("binary") << QByteArray::fromHex("00ff10203040506070");
        QTest::newRow("control bytes in request line") << QByteArray("GET /\x01\x02 HTTP/1.1\r\n");
        QTest::newRow("high bytes in method") << QByteArray("G\xc3\xa9T / HTTP/1.1\r\n");
        QTest::newRow("http2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (char &c : random)
            c = char(generator.bounded(256));
        random[0] = '\x9f';
        QTest::newRow("random") << random;
    }

    void garbageClosesConnection()
    {
        QFETCH(QByteArray, bytes);
        HttpServer server;
        server.setHandler(echoHandler);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        Client client;
        QVERIFY(client.connectPlain(server.serverPort()));
        client.send(bytes);
        QVERIFY(client.waitDisconnected());
        QVERIFY2(client.buffer().isEmpty(), client.buffer().constData());
        QTRY_COMPARE(server.connectionCount(), 0);

        // The server itself is unaffected.
        Client next;
        QVERIFY(next.connectPlain(server.serverPort()));
        next.send(get("/ok"));
        Response response;
        QVERIFY(next.waitResponse(&response));
        QCOMPARE(response.status, 200);
    }

    void requestTimeout()
    {
        HttpServer server;
        server.setHandler(echoHandler);
        server.setRequestTimeout(300);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        // An idle keep-alive connection between requests is left alone...
        Client idle;
        QVERIFY(idle.connectPlain(server.serverPort()));
        idle.send(get("/x"));
        Response response;
        QVERIFY(idle.waitResponse(&response));

        // ...but one stuck in the middle of a request is closed.
        Client stuck;
        QVERIFY(stuck.connectPlain(server.serverPort()));
        stuck.send("GET / HT");
        QVERIFY(stuck.waitDisconnected());
        QCOMPARE(idle.socket()->state(), QAbstractSocket::ConnectedState);

        // As is a body that stops arriving.
        Client slowBody;
        QVERIFY(slowBody.connectPlain(server.serverPort()));
        slowBody.send("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc");
        QVERIFY(slowBody.waitDisconnected());
    }

    void backPressure_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::newRow("plain") << false;
        QTest::newRow("tls") << true;
    }

    void backPressure()
    {
        QFETCH(bool, tls);
        constexpr qint64 Total = 16 * 1024 * 1024;
        constexpr qint64 HighWater = 512 * 1024;
        const QByteArray piece(64 * 1024, 'p');

        HttpServer server;
        if (tls)
            server.setTlsConfiguration(serverTls());
        qint64 written = 0;
        qint64 maxPending = 0;
        int drainedCount = 0;
        server.setHandler([&](const HttpRequest &, HttpResponder *responder) {
            responder->beginStream(200, "application/octet-stream");
            // Writes until the socket holds HighWater bytes, then waits for drained().
            auto pump = [&, responder] {
                while (written < Total && responder->pendingBytes() < HighWater) {
                    QVERIFY(responder->writeChunk(piece));
                    written += piece.size();
                    maxPending = qMax(maxPending, responder->pendingBytes());
                }
                if (written >= Total)
                    responder->endStream();
            };
            QObject::connect(responder, &HttpResponder::drained, responder, [&, pump] {
                ++drainedCount;
                pump();
            });
            pump();
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        Client client(tls ? new QSslSocket : new QTcpSocket);
        if (tls)
            QVERIFY(client.connectTls(server.serverPort(), clientTls()));
        else
            QVERIFY(client.connectPlain(server.serverPort()));
        client.send(get("/big"));
        Response head;
        QVERIFY(client.waitHead(&head));
        qint64 received = 0;
        bool ended = false;
        QVERIFY(QTest::qWaitFor(
            [&] {
                client.pump();
                QByteArray chunk;
                while (!ended && takeChunk(client.buffer(), &chunk)) {
                    received += chunk.size();
                    ended = chunk.isEmpty();
                }
                return ended;
            },
            60000));
        QCOMPARE(received, Total);
        QCOMPARE(written, Total);
        QVERIFY(drainedCount > 0);
        // Bounded by the high-water mark plus one piece (and its chunk framing).
        QVERIFY2(maxPending <= HighWater + piece.size() + 64,
                 qPrintable(QString::number(maxPending)));
    }

    void tlsHandshake()
    {
        HttpServer server;
        server.setTlsConfiguration(serverTls());
        server.setHandler([](const HttpRequest &request, HttpResponder *responder) {
            responder->respond(200, "text/plain", clientName(request).toUtf8());
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QVERIFY(server.isTls());

        Client client(new QSslSocket);
        QSslConfiguration configuration = clientTls();
        configuration.setAllowedNextProtocols(
            {QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1});
        QVERIFY(client.connectTls(server.serverPort(), configuration));
        QVERIFY(client.sslSocket()->sslHandshakeErrors().isEmpty());
        QCOMPARE(client.sslSocket()->sslConfiguration().nextNegotiatedProtocol(),
                 QByteArray("http/1.1"));
        client.send(get("/whoami"));
        Response response;
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, QByteArray("anonymous"));

        // A client that does not trust the CA fails its handshake; the server carries on.
        Client untrusting(new QSslSocket);
        QSslConfiguration systemOnly = QSslConfiguration::defaultConfiguration();
        QVERIFY(!untrusting.connectTls(server.serverPort(), systemOnly));

        // Plain HTTP on the TLS port, and a client that never says hello, are closed.
        Client plain;
        QVERIFY(plain.connectPlain(server.serverPort()));
        plain.send(get("/"));
        QVERIFY(plain.waitDisconnected());

        server.setRequestTimeout(300);
        Client silent;
        QVERIFY(silent.connectPlain(server.serverPort()));
        QVERIFY(silent.waitDisconnected());

        QTRY_COMPARE(server.connectionCount(), 1);
        client.send(get("/again"));
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.status, 200);
    }

    void tlsClientCertificates_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << 0 << QStringLiteral("anonymous");
        QTest::newRow("from our CA") << 1 << QStringLiteral("jane");
        QTest::newRow("from another CA") << 2 << QStringLiteral("anonymous");
        QTest::newRow("expired") << 3 << QStringLiteral("anonymous");
        QTest::newRow("server certificate") << 4 << QStringLiteral("anonymous");
    }

    void tlsClientCertificates()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);

        CertificateAuthority otherCa(QStringLiteral("other-ca"));
        IssuedCertificate identity;
        switch (which) {
        case 1:
            identity = m_ca.issueClientCertificate(QStringLiteral("jane"),
                                                   {QStringLiteral("system:masters")});
            break;
        case 2:
            identity = otherCa.issueClientCertificate(QStringLiteral("mallory"));
            break;
        case 3:
            identity = m_ca.issueClientCertificate(QStringLiteral("old"), {}, 0);
            break;
        case 4:
            identity = m_serverCert;
            break;
        default:
            break;
        }

        HttpServer server;
        server.setTlsConfiguration(serverTls());
        server.setClientCertificateAuthority(m_ca.certificate());
        QStringList groups;
        server.setHandler([&](const HttpRequest &request, HttpResponder *responder) {
            groups = request.verifiedClientCertificate.subjectInfo(QSslCertificate::Organization);
            responder->respond(200, "text/plain", clientName(request).toUtf8());
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        Client client(new QSslSocket);
        QSslConfiguration configuration = clientTls();
        if (!identity.certificate.isNull()) {
            configuration.setLocalCertificate(identity.certificate);
            configuration.setPrivateKey(identity.key);
        }
        QVERIFY(client.connectTls(server.serverPort(), configuration));
        client.send(get("/whoami"));
        Response response;
        QVERIFY(client.waitResponse(&response));
        QCOMPARE(response.status, 200);
        QCOMPARE(QString::fromUtf8(response.body), expected);
        if (which == 1)
            QCOMPARE(groups, QStringList{QStringLiteral("system:masters")});
    }

    void concurrentStreams_data()
    {
        QTest::addColumn<bool>("tls");
        QTest::addColumn<int>("count");
        QTest::newRow("plain") << false << 200;
        QTest::newRow("tls") << true << 50;
    }

    void concurrentStreams()
    {
        QFETCH(bool, tls);
        QFETCH(int, count);
        HttpServer server;
        if (tls)
            server.setTlsConfiguration(serverTls());
        QHash<QString, QPointer<HttpResponder>> streams;
        server.setHandler([&](const HttpRequest &request, HttpResponder *responder) {
            responder->beginStream(200, "application/json");
            streams.insert(request.query.queryItemValue(QStringLiteral("id")), responder);
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        std::vector<std::unique_ptr<Client>> clients;
        for (int i = 0; i < count; ++i) {
            clients.push_back(std::make_unique<Client>(tls ? new QSslSocket : new QTcpSocket));
            Client &client = *clients.back();
            if (tls) {
                client.sslSocket()->setSslConfiguration(clientTls());
                client.sslSocket()->connectToHostEncrypted(QStringLiteral("127.0.0.1"),
                                                           server.serverPort());
            } else {
                client.socket()->connectToHost(QHostAddress::LocalHost, server.serverPort());
            }
            // Queued until connected (and encrypted), then sent.
            client.socket()->write(get("/watch?id=" + QByteArray::number(i)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(streams.size(), qsizetype(count), 30000);
        QCOMPARE(server.connectionCount(), count);

        for (auto it = streams.cbegin(); it != streams.cend(); ++it)
            QVERIFY(it.value()->writeChunk("event " + it.key().toUtf8() + '\n'));
        for (int i = 0; i < count; ++i) {
            Response head;
            QVERIFY(clients[i]->waitHead(&head));
            QCOMPARE(head.status, 200);
            QByteArray chunk;
            QVERIFY(clients[i]->waitChunk(&chunk));
            QCOMPARE(chunk, "event " + QByteArray::number(i) + '\n');
        }
        for (const QPointer<HttpResponder> &stream : std::as_const(streams))
            stream->endStream();
        for (int i = 0; i < count; ++i) {
            QByteArray chunk;
            QVERIFY(clients[i]->waitChunk(&chunk));
            QVERIFY(chunk.isEmpty());
        }
        clients.clear();
        QTRY_COMPARE_WITH_TIMEOUT(server.connectionCount(), 0, 10000);
    }

    void closeEndsEverything()
    {
        HttpServer server;
        QPointer<HttpResponder> stream;
        server.setHandler([&](const HttpRequest &, HttpResponder *responder) {
            responder->beginStream(200, "application/json");
            stream = responder;
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        Client client;
        QVERIFY(client.connectPlain(server.serverPort()));
        client.send(get("/watch"));
        QTRY_VERIFY(stream);
        QSignalSpy closed(stream.data(), &HttpResponder::closed);
        server.close();
        QCOMPARE(closed.size(), 1);
        QCOMPARE(server.connectionCount(), 0);
        QVERIFY(client.waitDisconnected());
        QTRY_VERIFY(stream.isNull());
    }

    void curlOverHttps()
    {
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty())
            QSKIP("curl is not installed");

        HttpServer server;
        server.setTlsConfiguration(serverTls());
        server.setClientCertificateAuthority(m_ca.certificate());
        server.setHandler([](const HttpRequest &request, HttpResponder *responder) {
            responder->respond(200, "text/plain",
                               clientName(request).toUtf8() + ' ' +
                                   QByteArray::number(request.body.size()));
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const IssuedCertificate jane = m_ca.issueClientCertificate(QStringLiteral("jane"));
        auto writeFile = [&](const QString &name, const QByteArray &data) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        };
        writeFile(QStringLiteral("ca.pem"), m_ca.certificatePem());
        writeFile(QStringLiteral("client.pem"), jane.certificatePem);
        writeFile(QStringLiteral("client-key.pem"), jane.keyPem);
        writeFile(QStringLiteral("body.bin"), QByteArray(200 * 1024, 'b'));

        const QString url = QStringLiteral("https://127.0.0.1:%1/whoami").arg(server.serverPort());
        auto runCurl = [&](const QStringList &extra) -> QByteArray {
            QProcess process;
            process.start(curl, QStringList{QStringLiteral("-sS"), QStringLiteral("--max-time"),
                                            QStringLiteral("20"), QStringLiteral("--cacert"),
                                            dir.filePath(QStringLiteral("ca.pem"))} +
                                    extra + QStringList{url});
            // The server lives in this thread: wait with the event loop running.
            if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000)) {
                process.kill();
                process.waitForFinished();
            }
            if (process.exitCode() != 0)
                qWarning() << "curl failed:" << process.readAllStandardError();
            return process.readAllStandardOutput();
        };

        QCOMPARE(runCurl({}), QByteArray("anonymous 0"));
        QCOMPARE(runCurl({QStringLiteral("--cert"), dir.filePath(QStringLiteral("client.pem")),
                          QStringLiteral("--key"), dir.filePath(QStringLiteral("client-key.pem"))}),
                 QByteArray("jane 0"));
        // A body big enough for curl to ask "Expect: 100-continue", sent chunked.
        QCOMPARE(runCurl({QStringLiteral("-H"), QStringLiteral("Transfer-Encoding: chunked"),
                          QStringLiteral("-H"), QStringLiteral("Expect: 100-continue"),
                          QStringLiteral("--data-binary"),
                          QLatin1Char('@') + dir.filePath(QStringLiteral("body.bin"))}),
                 QByteArray("anonymous 204800"));
    }

    void parserSplitAnywhere()
    {
        const QByteArray request = "POST /a%2Fb?x=1 HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: "
                                   "chunked\r\nX-A: 1\r\nx-a: 2\r\n\r\n4\r\nWiki\r\n5\r\npedia\r\n"
                                   "0\r\n\r\n";
        for (qsizetype split = 0; split <= request.size(); ++split) {
            HttpRequestParser parser;
            QByteArray buffer;
            HttpRequestParser::Status status = HttpRequestParser::Status::NeedMore;
            for (const QByteArray &part : {request.left(split), request.mid(split)}) {
                buffer += part;
                qsizetype consumed = 0;
                status = parser.parse(buffer, &consumed);
                buffer.remove(0, consumed);
            }
            QCOMPARE(status, HttpRequestParser::Status::Complete);
            const HttpRequest parsed = parser.takeRequest();
            QCOMPARE(parsed.method, QByteArray("POST"));
            QCOMPARE(parsed.path, QStringLiteral("/a/b"));
            QCOMPARE(parsed.body, QByteArray("Wikipedia"));
            QCOMPARE(parsed.header("x-a"), QByteArray("1, 2"));
            QVERIFY(buffer.isEmpty());
        }
        // Byte by byte.
        HttpRequestParser parser;
        QByteArray buffer;
        HttpRequestParser::Status status = HttpRequestParser::Status::NeedMore;
        for (char c : request) {
            buffer += c;
            qsizetype consumed = 0;
            status = parser.parse(buffer, &consumed);
            buffer.remove(0, consumed);
        }
        QCOMPARE(status, HttpRequestParser::Status::Complete);
        QCOMPARE(parser.takeRequest().body, QByteArray("Wikipedia"));
    }

    void parserFuzz()
    {
        // Mutations of valid requests and plain noise, fed in random pieces: the parser
        // must end in a defined state without crashing (run this under ASan/UBSan too).
        const QList<QByteArray> seeds = {
            get("/api/v1/pods?labelSelector=a%3Db&watch=1"),
            "POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
            "PATCH /y HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
            "PUT /z HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok",
        };
        QRandomGenerator random(1234);
        for (int round = 0; round < 20000; ++round) {
            QByteArray input = seeds.at(random.bounded(int(seeds.size())));
            const int mutations = random.bounded(8);
            for (int m = 0; m < mutations && !input.isEmpty(); ++m) {
                const int at = random.bounded(int(input.size()));
                switch (random.bounded(4)) {
                case 0:
                    input[at] = char(random.bounded(256));
                    break;
                case 1:
                    input.remove(at, random.bounded(1, 8));
                    break;
                case 2:
                    input.insert(at, QByteArray(random.bounded(1, 6), char(random.bounded(256))));
                    break;
                default:
                    input.insert(at, input.mid(random.bounded(int(input.size())), 16));
                    break;
                }
            }
            if (round % 10 == 0) {
                input.resize(random.bounded(1, 512));
                for (char &c : input)
                    c = char(random.bounded(256));
            }
            HttpRequestParser parser;
            parser.setMaxBodySize(random.bounded(2) ? 64 : HttpRequestParser::DefaultMaxBodySize);
            QByteArray buffer;
            qsizetype offset = 0;
            int requests = 0;
            while (offset < input.size()) {
                const qsizetype piece = random.bounded(1, 40);
                buffer += input.mid(offset, piece);
                offset += piece;
                qsizetype consumed = 0;
                const HttpRequestParser::Status status = parser.parse(buffer, &consumed);
                QVERIFY(consumed >= 0 && consumed <= buffer.size());
                buffer.remove(0, consumed);
                if (status == HttpRequestParser::Status::Complete) {
                    ++requests;
                    parser.takeRequest();
                } else if (status != HttpRequestParser::Status::NeedMore) {
                    QVERIFY(!parser.errorMessage().isEmpty());
                    break;
                }
            }
            QVERIFY(requests <= 64);
        }
    }

private:
    QSslConfiguration serverTls() const
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_serverCert.certificate);
        configuration.setPrivateKey(m_serverCert.key);
        return configuration;
    }

    QSslConfiguration clientTls() const
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates({m_ca.certificate()});
        return configuration;
    }

    CertificateAuthority m_ca;
    IssuedCertificate m_serverCert;
};

QTEST_GUILESS_MAIN(tst_HttpServer)
#include "tst_HttpServer.moc"
