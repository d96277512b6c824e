// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kube/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace maestro::kube {

bool ApiError::isTransient() const
{
    switch (kind) {
    case ApiErrorKind::Network:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::TooManyRequests:
    case ApiErrorKind::ServerError:
        return true;
    default:
        return false;
    }
}

namespace {

/// What comes from the server or the network layer often ends without a full stop; the
/// texts around a description ("%1 Reconnecting.") take it for a whole sentence.
QString asSentence(QString text)
{
    if (!text.isEmpty() && !QStringView(u".!?\u2026").contains(text.back()))
        text += u'.';
    return text;
}

} // namespace

QString ApiError::describe() const
{
    return asSentence(describeUnended());
}

QString ApiError::describeUnended() const
{
    switch (kind) {
    case ApiErrorKind::None:
        return {};
    case ApiErrorKind::Network:
        return tr("The cluster cannot be reached: %1").arg(message);
    case ApiErrorKind::Timeout:
        return tr("The cluster did not answer in time.");
    case ApiErrorKind::Tls:
        return tr("The cluster's certificate was refused: %1").arg(message);
    case ApiErrorKind::Unauthorized:
        return tr("The cluster refused the credentials (401 Unauthorized). Enter a valid token "
                  "or check the kubeconfig's user.");
    case ApiErrorKind::Forbidden:
        return tr("Not allowed: %1").arg(message);
    case ApiErrorKind::NotFound:
        return tr("Not found: %1").arg(message);
    case ApiErrorKind::Conflict:
        return tr("Someone else changed it first: %1").arg(message);
    case ApiErrorKind::AlreadyExists:
        return tr("It already exists: %1").arg(message);
    case ApiErrorKind::Expired:
        return tr("The cluster's history moved on (410 Expired); reloading.");
    case ApiErrorKind::Invalid:
        return tr("The cluster refused the change: %1").arg(message);
    case ApiErrorKind::BadRequest:
        return tr("The cluster refused the request: %1").arg(message);
    case ApiErrorKind::TooManyRequests:
        return tr("The cluster is throttling requests; retrying in %n second(s).", nullptr,
                  qMax(1, retryAfterSeconds));
    case ApiErrorKind::ServerError:
        return tr("The cluster's API server failed (%1): %2").arg(httpStatus).arg(message);
    case ApiErrorKind::NotKubernetes:
        return tr("The server answered, but it is not a Kubernetes API server: %1").arg(message);
    case ApiErrorKind::Decode:
        return tr("The cluster's answer could not be read: %1").arg(message);
    case ApiErrorKind::TooLarge:
        return tr("The cluster's answer was too large: %1").arg(message);
    case ApiErrorKind::Cancelled:
        return tr("Cancelled.");
    }
    return message;
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
                            const QByteArray &retryAfter)
{
    ApiError error;
    error.httpStatus = status;
    if (status >= 200 && status < 300)
        return error;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const bool isStatus = object.value(QLatin1String("kind")).toString() == u"Status";
    if (isStatus) {
        error.reason = object.value(QLatin1String("reason")).toString();
        error.message = object.value(QLatin1String("message")).toString();
    } else {
        // Not a Status: a proxy, a web server, or something else at that address.
        error.message = QString::fromUtf8(body.left(200)).simplified();
        if (error.message.isEmpty())
            error.message = tr("HTTP status %1").arg(status);
    }
    bool ok = false;
    const int after = retryAfter.trimmed().toInt(&ok);
    error.retryAfterSeconds = ok && after >= 0 ? qMin(after, 600) : 0;
    switch (status) {
    case 400:
        error.kind = ApiErrorKind::BadRequest;
        break;
    case 401:
        error.kind = ApiErrorKind::Unauthorized;
        break;
    case 403:
        error.kind = ApiErrorKind::Forbidden;
        break;
    case 404:
        error.kind = ApiErrorKind::NotFound;
        break;
    case 409:
        error.kind =
            error.reason == u"AlreadyExists" ? ApiErrorKind::AlreadyExists : ApiErrorKind::Conflict;
        break;
    case 410:
        error.kind = ApiErrorKind::Expired;
        break;
    case 413:
        error.kind = ApiErrorKind::TooLarge;
        break;
    case 422:
        error.kind = ApiErrorKind::Invalid;
        break;
    case 429:
        error.kind = ApiErrorKind::TooManyRequests;
        if (!ok)
            error.retryAfterSeconds = 1;
        break;
    default:
        if (status >= 500)
            error.kind = ApiErrorKind::ServerError;
        else if (!isStatus && !contentType.contains("json"))
            error.kind = ApiErrorKind::NotKubernetes;
        else
            error.kind = ApiErrorKind::BadRequest;
    }
    if (!isStatus && status != 401 && status != 403 && status < 500 &&
        !contentType.contains("json") && error.kind != ApiErrorKind::TooManyRequests)
        error.kind = ApiErrorKind::NotKubernetes;
    return error;
}

} // namespace maestro::kube
