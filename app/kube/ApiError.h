// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace maestro::kube {

/// What went wrong with a request, sorted by what the caller can do about it.
enum class ApiErrorKind {
    None,
    Network,         ///< connection refused, reset, host not found
    Timeout,         ///< no answer in time
    Tls,             ///< certificate not trusted, expired, wrong host name
    Unauthorized,    ///< 401: the credentials were refused
    Forbidden,       ///< 403: authenticated, but not allowed
    NotFound,        ///< 404
    Conflict,        ///< 409 Conflict: stale resourceVersion
    AlreadyExists,   ///< 409 AlreadyExists
    Expired,         ///< 410: resourceVersion or continue token too old
    Invalid,         ///< 422: the server refused the object (with its reason)
    BadRequest,      ///< 400
    TooManyRequests, ///< 429: wait Retry-After and try again
    ServerError,     ///< 5xx
    NotKubernetes,   ///< the answer was not from a Kubernetes API server
    Decode,          ///< the body could not be decoded
    TooLarge,        ///< the response was over the size cap
    Cancelled,
};

/// A failed request, with the API server's Status when it sent one.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(maestro::kube::ApiError)
public:
    ApiErrorKind kind = ApiErrorKind::None;
    int httpStatus = 0;
    QString reason;  ///< Status.reason ("Conflict", "Invalid", ...)
    QString message; ///< Status.message, or what the network layer said
    int retryAfterSeconds = 0;

    bool isError() const { return kind != ApiErrorKind::None; }
    /// Worth retrying the same request unchanged (network hiccups, 429, 5xx, timeouts).
    bool isTransient() const;
    /// One sentence a person can act on, ending as a sentence does.
    QString describe() const;

    /// Builds the error for an HTTP answer from its status, headers and body.
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
                             const QByteArray &retryAfter);

private:
    QString describeUnended() const;
};

} // namespace maestro::kube
