// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/http/HttpServer.h"

#include <QByteArrayView>

namespace maestro::sim {

/**
 * Incremental HTTP/1.1 request parser. It knows nothing of sockets so that tests can
 * feed it arbitrary bytes split at arbitrary points. Every limit is checked before
 * memory is committed, so hostile input costs at most the header and body caps.
 */
class HttpRequestParser
{
public:
    enum class Status {
        NeedMore,        ///< everything given was consumed or must be kept; send more bytes
        Complete,        ///< one request is ready: takeRequest()
        NotHttp,         ///< the bytes are not HTTP at all (binary junk, a TLS ClientHello)
        BadRequest,      ///< HTTP, but malformed
        BodyTooLarge,    ///< the body exceeds the configured cap
        HeadersTooLarge, ///< the header section exceeds MaxHeaderSectionSize or MaxHeaderCount
    };

    static constexpr qsizetype MaxHeaderSectionSize = 64 * 1024;
    static constexpr int MaxHeaderCount = 256;
    static constexpr qsizetype MaxChunkLineSize = 1024;
    static constexpr qsizetype MaxTrailerSize = 64 * 1024;
    static constexpr qint64 DefaultMaxBodySize = 8 * 1024 * 1024;

    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }
    qint64 maxBodySize() const { return m_maxBodySize; }

    /**
     * Parses from the start of `data`. `*consumed` is how many leading bytes the caller
     * must drop before calling again (bytes of an incomplete header section are not
     * consumed, so pass them again together with what arrives next). Stops after one
     * complete request; after an error the parser must be reset() before reuse.
     */
    Status parse(QByteArrayView data, qsizetype *consumed);

    /// True once, right after the header section of a request that sent
    /// "Expect: 100-continue" while its body is still to come.
    bool takeContinueExpected() { return std::exchange(m_continueExpected, false); }
    /// True while part of a request has been seen but it is not complete yet.
    bool hasPartialRequest() const { return m_state != State::Head || m_scan > 0; }

    /// The parsed request after Complete; resets the parser for the next one.
    HttpRequest takeRequest();
    /// Whether the connection may carry another request after this one's response.
    bool keepAlive() const { return m_keepAlive; }
    bool isHttp10() const { return m_http10; }
    /// Why parsing failed, for the error response.
    QString errorMessage() const { return m_error; }

    void reset();

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done };

    Status fail(Status status, const QString &message);
    Status parseHead(QByteArrayView head);
    Status parseRequestLine(QByteArrayView line);
    Status startBody();

    qint64 m_maxBodySize = DefaultMaxBodySize;
    State m_state = State::Head;

    // Scanning state of the header section, kept between calls so that bytes are
    // examined once however the section is split.
    qsizetype m_scan = 0;
    qsizetype m_lineStart = 0;
    int m_headerLines = 0;
    bool m_firstLineDone = false;
    bool m_methodDone = false;

    qint64 m_remaining = 0; // of the body or of the current chunk
    qsizetype m_trailerBytes = 0;
    bool m_continueExpected = false;
    bool m_keepAlive = true;
    bool m_http10 = false;
    HttpRequest m_request;
    QString m_error;
    Status m_errorStatus = Status::BadRequest;
};

} // namespace maestro::sim
