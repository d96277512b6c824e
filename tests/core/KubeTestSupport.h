// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared fixtures of the backend tests: a simulator in its own thread, the context to
// reach it, and small fake servers for what a real API server never does.

#include "app/kube/ApiClient.h"
#include "app/kubeconfig/Kubeconfig.h"
#include "sim/server/SimServer.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace maestro::test {

/// maestro-sim in a thread of its own, so client and server never share an event loop.
inline std::unique_ptr<sim::SimServerThread> startSim(const sim::SimServerOptions &options)
{
    auto thread = std::make_unique<sim::SimServerThread>(options);
    QString error;
    if (!thread->startAndWait(&error)) {
        qWarning("simulator did not start: %s", qPrintable(error));
        return nullptr;
    }
    return thread;
}

inline sim::SimServerOptions simOptions(const QString &scenario = QStringLiteral("shared-master"),
                                        double speed = 60, bool tls = true,
                                        const QString &token = QStringLiteral("s3cret-token"))
{
    sim::SimServerOptions options;
    options.cluster.scenario = scenario;
    options.cluster.speed = speed;
    options.cluster.seed = 7;
    options.tls = tls;
    options.token = token;
    options.bookmarkIntervalMs = 500;
    return options;
}

/// The context the simulator's own kubeconfig describes, read by the app's loader.
inline ResolvedContext contextOf(const QByteArray &kubeconfig)
{
    const Kubeconfig config = Kubeconfig::loadData(kubeconfig, QStringLiteral("sim.yaml"));
    const auto context = config.context(QStringLiteral("maestro-sim"));
    return context ? *context : ResolvedContext{};
}

/// Waits for a request's single finished() signal.
inline bool waitFinished(kube::ApiRequest *request, int timeoutMs = 20000)
{
    return QTest::qWaitFor([request] { return request->isFinished(); }, timeoutMs);
}

/// A port nobody listens on: bound once, then closed again.
inline quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

/**
 * Something that speaks HTTP but is not a Kubernetes API server: a web page, or a
 * redirect to itself (a login portal, a misconfigured proxy).
 */
class FakeHttpServer : public QTcpServer
{
public:
    /// EmptyWatch: lists answer an empty NodeList, watches end at once without an event.
    enum class Mode { HtmlPage, RedirectToSelf, EmptyWatch };
    explicit FakeHttpServer(Mode mode)
        : m_mode(mode)
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    const bool watch = m_buffer[socket].left(200).contains("watch=1");
                    m_buffer.remove(socket);
                    ++m_requests;
                    m_watches += watch;
                    socket->write(answer(watch));
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int requests() const { return m_requests; }
    int watches() const { return m_watches; }

private:
    QByteArray answer(bool watch) const
    {
        if (m_mode == Mode::EmptyWatch) {
            const QByteArray body =
                watch ? QByteArray()
                      : QByteArray(R"({"kind":"NodeList","apiVersion":"v1",)"
                                   R"("metadata":{"resourceVersion":"5"},"items":[]})");
            return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        }
        if (m_mode == Mode::RedirectToSelf) {
            return "HTTP/1.1 302 Found\r\nLocation: " + url().toString().toLatin1() +
                   "/version\r\nContent-Length: 0\r\n\r\n";
        }
        const QByteArray page =
            "<!DOCTYPE html><html><head><title>Welcome</title></head><body>It works!</body></html>";
        return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
               QByteArray::number(page.size()) + "\r\n\r\n" + page;
    }

    Mode m_mode;
    QHash<QTcpSocket *, QByteArray> m_buffer;
    int m_requests = 0;
    int m_watches = 0;
};

/// A context for a plain-HTTP server (no TLS, no credentials).
inline ResolvedContext plainContext(const QUrl &server)
{
    ResolvedContext context;
    context.name = QStringLiteral("fake");
    context.server = server;
    return context;
}

} // namespace maestro::test
