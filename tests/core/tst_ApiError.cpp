// SPDX-License-Identifier: GPL-3.0-or-later
// How HTTP answers become typed errors: the table the rest of the backend acts on.

#include "app/kube/ApiError.h"

#include <QTest>

using maestro::kube::ApiError;
using maestro::kube::ApiErrorKind;

Q_DECLARE_METATYPE(maestro::kube::ApiErrorKind)

namespace {
QByteArray status(int code, const char *reason, const char *message)
{
    return QByteArray(R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",)") +
           R"("message":")" + message + R"(","reason":")" + reason + R"(","code":)" +
           QByteArray::number(code) + "}";
}
} // namespace

class tst_ApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttp_data();
    void fromHttp();
    void success();
    void transient();
    void describeNamesTheProblem();
    void describeIsAWholeSentence();
};

void tst_ApiError::fromHttp_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<ApiErrorKind>("kind");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("retryAfterSeconds");

    const QByteArray json = "application/json";
    QTest::newRow("400") << 400 << status(400, "BadRequest", "bad limit") << json << QByteArray()
                         << ApiErrorKind::BadRequest << "BadRequest"
                         << "bad limit" << 0;
    QTest::newRow("401") << 401 << status(401, "Unauthorized", "Unauthorized") << json
                         << QByteArray() << ApiErrorKind::Unauthorized << "Unauthorized"
                         << "Unauthorized" << 0;
    QTest::newRow("403") << 403
                         << status(403, "Forbidden",
                                   "nodes is forbidden: User \\\"bob\\\" cannot list")
                         << json << QByteArray() << ApiErrorKind::Forbidden << "Forbidden"
                         << "nodes is forbidden: User \"bob\" cannot list" << 0;
    QTest::newRow("404") << 404 << status(404, "NotFound", "nodes \\\"x\\\" not found") << json
                         << QByteArray() << ApiErrorKind::NotFound << "NotFound"
                         << "nodes \"x\" not found" << 0;
    QTest::newRow("409 conflict") << 409 << status(409, "Conflict", "the object has been modified")
                                  << json << QByteArray() << ApiErrorKind::Conflict << "Conflict"
                                  << "the object has been modified" << 0;
    QTest::newRow("409 already exists")
        << 409 << status(409, "AlreadyExists", "md \\\"a\\\" already exists") << json
        << QByteArray() << ApiErrorKind::AlreadyExists << "AlreadyExists"
        << "md \"a\" already exists" << 0;
    QTest::newRow("410") << 410 << status(410, "Expired", "too old resource version: 1 (30)")
                         << json << QByteArray() << ApiErrorKind::Expired << "Expired"
                         << "too old resource version: 1 (30)" << 0;
    QTest::newRow("422") << 422
                         << status(422, "Invalid",
                                   "spec.replicas: Forbidden: replicas cannot be an even number")
                         << json << QByteArray() << ApiErrorKind::Invalid << "Invalid"
                         << "spec.replicas: Forbidden: replicas cannot be an even number" << 0;
    QTest::newRow("429 retry-after")
        << 429 << status(429, "TooManyRequests", "slow down") << json << QByteArray("7")
        << ApiErrorKind::TooManyRequests << "TooManyRequests"
        << "slow down" << 7;
    QTest::newRow("429 without retry-after")
        << 429 << status(429, "TooManyRequests", "slow down") << json << QByteArray()
        << ApiErrorKind::TooManyRequests << "TooManyRequests"
        << "slow down" << 1;
    QTest::newRow("429 huge retry-after capped")
        << 429 << status(429, "TooManyRequests", "slow down") << json << QByteArray("86400")
        << ApiErrorKind::TooManyRequests << "TooManyRequests"
        << "slow down" << 600;
    QTest::newRow("500") << 500 << status(500, "InternalError", "etcdserver: request timed out")
                         << json << QByteArray() << ApiErrorKind::ServerError << "InternalError"
                         << "etcdserver: request timed out" << 0;
    QTest::newRow("503 retry-after")
        << 503 << status(503, "ServiceUnavailable", "the server is shutting down") << json
        << QByteArray("3") << ApiErrorKind::ServerError << "ServiceUnavailable"
        << "the server is shutting down" << 3;
    QTest::newRow("502 html from a proxy")
        << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << QByteArray("text/html")
        << QByteArray() << ApiErrorKind::ServerError << QString()
        << "<html><body>Bad Gateway</body></html>" << 0;
    QTest::newRow("404 html") << 404 << QByteArray("<html><body>Not Found</body></html>")
                              << QByteArray("text/html; charset=utf-8") << QByteArray()
                              << ApiErrorKind::NotKubernetes << QString()
                              << "<html><body>Not Found</body></html>" << 0;
    QTest::newRow("405 html") << 405 << QByteArray("<html>Method Not Allowed</html>")
                              << QByteArray("text/html") << QByteArray()
                              << ApiErrorKind::NotKubernetes << QString()
                              << "<html>Method Not Allowed</html>" << 0;
    QTest::newRow("401 html stays unauthorized")
        << 401 << QByteArray("<html>Login required</html>") << QByteArray("text/html")
        << QByteArray() << ApiErrorKind::Unauthorized << QString() << "<html>Login required</html>"
        << 0;
    QTest::newRow("empty 404") << 404 << QByteArray() << QByteArray() << QByteArray()
                               << ApiErrorKind::NotKubernetes << QString() << "HTTP status 404"
                               << 0;
}

void tst_ApiError::fromHttp()
{
    QFETCH(int, code);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, retryAfter);
    QFETCH(ApiErrorKind, kind);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    QFETCH(int, retryAfterSeconds);

    const ApiError error = ApiError::fromHttp(code, body, contentType, retryAfter);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, code);
    QCOMPARE(error.reason, reason);
    QCOMPARE(error.message, message);
    QCOMPARE(error.retryAfterSeconds, retryAfterSeconds);
    QVERIFY(error.isError());
    QVERIFY(!error.describe().isEmpty());
}

void tst_ApiError::success()
{
    const ApiError error = ApiError::fromHttp(200, "{}", "application/json", {});
    QVERIFY(!error.isError());
    QCOMPARE(error.kind, ApiErrorKind::None);
    QVERIFY(error.describe().isEmpty());
}

void tst_ApiError::transient()
{
    auto kind = [](ApiErrorKind k) {
        ApiError e;
        e.kind = k;
        return e.isTransient();
    };
    QVERIFY(kind(ApiErrorKind::Network));
    QVERIFY(kind(ApiErrorKind::Timeout));
    QVERIFY(kind(ApiErrorKind::TooManyRequests));
    QVERIFY(kind(ApiErrorKind::ServerError));
    // Retrying these unchanged cannot help: the caller has to act.
    QVERIFY(!kind(ApiErrorKind::Unauthorized));
    QVERIFY(!kind(ApiErrorKind::Conflict));
    QVERIFY(!kind(ApiErrorKind::Invalid));
    QVERIFY(!kind(ApiErrorKind::Tls));
    QVERIFY(!kind(ApiErrorKind::NotKubernetes));
    QVERIFY(!kind(ApiErrorKind::Expired));
}

void tst_ApiError::describeNamesTheProblem()
{
    const ApiError invalid = ApiError::fromHttp(
        422, status(422, "Invalid", "replicas cannot be an even number when etcd is stacked"),
        "application/json", {});
    QVERIFY(invalid.describe().contains(u"even number"));
    const ApiError throttled = ApiError::fromHttp(429, {}, "application/json", "5");
    QVERIFY(throttled.describe().contains(u'5'));
}

void tst_ApiError::describeIsAWholeSentence()
{
    // Texts go on after a description ("%1 Reconnecting."): whatever the server or the
    // network layer said, it ends as a sentence does, and only once.
    ApiError network;
    network.kind = ApiErrorKind::Network;
    network.message = QStringLiteral("Connection closed");
    QVERIFY2(network.describe().endsWith(u"Connection closed."), qPrintable(network.describe()));
    const ApiError conflict = ApiError::fromHttp(
        409, status(409, "Conflict", "the object has been modified; please try again"),
        "application/json", {});
    QVERIFY2(conflict.describe().endsWith(u"try again."), qPrintable(conflict.describe()));
    ApiError timeout;
    timeout.kind = ApiErrorKind::Timeout;
    QVERIFY2(!timeout.describe().endsWith(u".."), qPrintable(timeout.describe()));
    QVERIFY(timeout.describe().endsWith(u'.'));
    for (int k = int(ApiErrorKind::Network); k <= int(ApiErrorKind::Cancelled); ++k) {
        ApiError error;
        error.kind = ApiErrorKind(k);
        error.message = QStringLiteral("what the server said");
        const QString text = error.describe();
        QVERIFY2(text.endsWith(u'.') && !text.endsWith(u".."), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_ApiError.moc"
