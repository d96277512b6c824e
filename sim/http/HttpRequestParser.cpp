// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/http/HttpRequestParser.h"

#include <QUrl>

namespace maestro::sim {

namespace {

bool isUpperAlpha(char c)
{
    return c >= 'A' && c <= 'Z';
}

// RFC 9110 token characters (header names).
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
}

QByteArrayView trimmedView(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
        v.chop(1);
    return v;
}

QByteArrayView chompCr(QByteArrayView line)
{
    if (!line.isEmpty() && line.back() == '\r')
        line.chop(1);
    return line;
}

/// Strict decimal for Content-Length: digits only, no sign, no overflow.
bool parseContentLength(QByteArrayView text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 result = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    *value = result;
    return true;
}

bool hasToken(const QByteArray &headerValue, QByteArrayView token)
{
    const QList<QByteArray> parts = headerValue.split(',');
    for (const QByteArray &part : parts) {
        if (trimmedView(part).compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

void HttpRequestParser::reset()
{
    const qint64 maxBody = m_maxBodySize;
    *this = HttpRequestParser();
    m_maxBodySize = maxBody;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    const bool keepAlive = m_keepAlive;
    const bool http10 = m_http10;
    reset();
    // The connection still needs these after the request was handed on.
    m_keepAlive = keepAlive;
    m_http10 = http10;
    return request;
}

HttpRequestParser::Status HttpRequestParser::fail(Status status, const QString &message)
{
    m_error = message;
    m_errorStatus = status;
    m_state = State::Done;
    return status;
}

HttpRequestParser::Status HttpRequestParser::parse(QByteArrayView data, qsizetype *consumed)
{
    *consumed = 0;
    qsizetype pos = 0;
    for (;;) {
        const char *p = data.data() + pos;
        const qsizetype available = data.size() - pos;
        switch (m_state) {
        case State::Done:
            // A finished request waits for takeRequest(); an error stays an error.
            return m_error.isEmpty() ? Status::Complete : m_errorStatus;

        case State::Head: {
            // RFC 9112 2.2: ignore empty lines before the request line.
            if (m_scan == 0) {
                qsizetype skip = 0;
                while (skip < available && (p[skip] == '\r' || p[skip] == '\n'))
                    ++skip;
                if (skip > 0) {
                    pos += skip;
                    *consumed = pos;
                    continue;
                }
            }
            if (available == 0) {
                *consumed = pos;
                return Status::NeedMore;
            }
            if (m_scan == 0 && !isUpperAlpha(p[0]))
                return fail(Status::NotHttp, QStringLiteral("not an HTTP request"));

            qsizetype headEnd = -1;
            for (; m_scan < available; ++m_scan) {
                const char c = p[m_scan];
                if (!m_firstLineDone) {
                    if (c == '\n') {
                        m_firstLineDone = true;
                        m_lineStart = m_scan + 1;
                        continue;
                    }
                    // Control bytes in the request line mean binary data, not a typo.
                    if (isControl(c) && c != '\r' && c != '\t')
                        return fail(Status::NotHttp, QStringLiteral("not an HTTP request"));
                    if (!m_methodDone) {
                        if (c == ' ') {
                            m_methodDone = true;
                        } else if (!isUpperAlpha(c)) {
                            if (static_cast<unsigned char>(c) >= 0x80)
                                return fail(Status::NotHttp, QStringLiteral("not an HTTP request"));
                            return fail(Status::BadRequest,
                                        QStringLiteral("invalid method in request line"));
                        } else if (m_scan >= 32) {
                            return fail(Status::BadRequest, QStringLiteral("method too long"));
                        }
                    }
                } else if (c == '\n') {
                    const qsizetype lineLength = m_scan - m_lineStart;
                    if (lineLength == 0 || (lineLength == 1 && p[m_lineStart] == '\r')) {
                        headEnd = m_scan + 1;
                        break;
                    }
                    if (++m_headerLines > MaxHeaderCount)
                        return fail(Status::HeadersTooLarge, QStringLiteral("too many headers"));
                    m_lineStart = m_scan + 1;
                } else if (c == '\0') {
                    return fail(Status::BadRequest, QStringLiteral("NUL byte in header"));
                }
                if (m_scan >= MaxHeaderSectionSize)
                    return fail(Status::HeadersTooLarge,
                                QStringLiteral("request header section too large"));
            }
            if (headEnd < 0) {
                *consumed = pos;
                return Status::NeedMore;
            }
            if (headEnd > MaxHeaderSectionSize)
                return fail(Status::HeadersTooLarge,
                            QStringLiteral("request header section too large"));
            const Status headStatus = parseHead(QByteArrayView(p, headEnd));
            if (headStatus != Status::NeedMore)
                return headStatus;
            pos += headEnd;
            *consumed = pos;
            const Status bodyStatus = startBody();
            if (bodyStatus != Status::NeedMore) {
                return bodyStatus;
            }
            continue;
        }

        case State::Body: {
            const qsizetype take = qsizetype(qMin<qint64>(m_remaining, available));
            m_request.body.append(p, take);
            m_remaining -= take;
            pos += take;
            *consumed = pos;
            if (m_remaining == 0) {
                m_state = State::Done;
                return Status::Complete;
            }
            return Status::NeedMore;
        }

        case State::ChunkSize: {
            const qsizetype newline = QByteArrayView(p, available).indexOf('\n');
            if (newline < 0) {
                if (available > MaxChunkLineSize)
                    return fail(Status::BadRequest, QStringLiteral("chunk size line too long"));
                *consumed = pos;
                return Status::NeedMore;
            }
            if (newline > MaxChunkLineSize)
                return fail(Status::BadRequest, QStringLiteral("chunk size line too long"));
            QByteArrayView line = chompCr(QByteArrayView(p, newline));
            // Chunk extensions (";name=value") are allowed and ignored.
            const qsizetype semicolon = line.indexOf(';');
            if (semicolon >= 0)
                line = line.first(semicolon);
            line = trimmedView(line);
            if (line.isEmpty() || line.size() > 15)
                return fail(Status::BadRequest, QStringLiteral("invalid chunk size"));
            qint64 size = 0;
            for (char c : line) {
                int digit;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (c >= 'a' && c <= 'f')
                    digit = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    digit = c - 'A' + 10;
                else
                    return fail(Status::BadRequest, QStringLiteral("invalid chunk size"));
                size = size * 16 + digit;
            }
            pos += newline + 1;
            *consumed = pos;
            if (size == 0) {
                m_state = State::Trailers;
                continue;
            }
            if (size > m_maxBodySize - m_request.body.size())
                return fail(Status::BodyTooLarge,
                            QStringLiteral("request body exceeds %1 bytes").arg(m_maxBodySize));
            m_remaining = size;
            m_state = State::ChunkData;
            continue;
        }

        case State::ChunkData: {
            if (available == 0) {
                *consumed = pos;
                return Status::NeedMore;
            }
            const qsizetype take = qsizetype(qMin<qint64>(m_remaining, available));
            m_request.body.append(p, take);
            m_remaining -= take;
            pos += take;
            *consumed = pos;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            continue;
        }

        case State::ChunkDataEnd: {
            if (available == 0) {
                *consumed = pos;
                return Status::NeedMore;
            }
            if (p[0] == '\n') {
                pos += 1;
            } else if (p[0] == '\r') {
                if (available < 2) {
                    *consumed = pos;
                    return Status::NeedMore;
                }
                if (p[1] != '\n')
                    return fail(Status::BadRequest, QStringLiteral("chunk not followed by CRLF"));
                pos += 2;
            } else {
                return fail(Status::BadRequest, QStringLiteral("chunk not followed by CRLF"));
            }
            *consumed = pos;
            m_state = State::ChunkSize;
            continue;
        }

        case State::Trailers: {
            // Trailer fields are read and dropped: nothing in the Kubernetes API uses them.
            const qsizetype newline = QByteArrayView(p, available).indexOf('\n');
            if (newline < 0) {
                if (m_trailerBytes + available > MaxTrailerSize)
                    return fail(Status::HeadersTooLarge, QStringLiteral("trailer too large"));
                *consumed = pos;
                return Status::NeedMore;
            }
            m_trailerBytes += newline + 1;
            if (m_trailerBytes > MaxTrailerSize)
                return fail(Status::HeadersTooLarge, QStringLiteral("trailer too large"));
            const bool emptyLine = chompCr(QByteArrayView(p, newline)).isEmpty();
            pos += newline + 1;
            *consumed = pos;
            if (emptyLine) {
                m_state = State::Done;
                return Status::Complete;
            }
            continue;
        }
        }
    }
}

HttpRequestParser::Status HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace == firstSpace)
        return fail(Status::BadRequest, QStringLiteral("malformed request line"));
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);

    if (version == "HTTP/1.1") {
        m_http10 = false;
    } else if (version == "HTTP/1.0") {
        m_http10 = true;
    } else if (method == "PRI" && version == "HTTP/2.0") {
        // The HTTP/2 connection preface: a client that assumed h2 without ALPN.
        return fail(Status::NotHttp, QStringLiteral("HTTP/2 is not supported"));
    } else {
        return fail(Status::BadRequest, QStringLiteral("unsupported HTTP version"));
    }
    if (target.isEmpty())
        return fail(Status::BadRequest, QStringLiteral("empty request target"));
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return fail(Status::BadRequest, QStringLiteral("invalid character in request target"));
    }

    // Origin form ("/path?query") is what clients send; absolute form
    // ("http://host/path") is accepted as RFC 9112 asks of servers.
    QByteArrayView pathAndQuery;
    if (target.front() == '/') {
        pathAndQuery = target;
    } else if (target.startsWith("http://") || target.startsWith("https://")) {
        const qsizetype authorityStart = target.indexOf("://") + 3;
        const qsizetype pathStart = target.indexOf('/', authorityStart);
        const qsizetype queryStart = target.indexOf('?', authorityStart);
        if (pathStart >= 0 && (queryStart < 0 || pathStart < queryStart))
            pathAndQuery = target.sliced(pathStart);
        else if (queryStart >= 0)
            pathAndQuery = target.sliced(queryStart);
        else
            pathAndQuery = {};
    } else if (target == "*" && method == "OPTIONS") {
        pathAndQuery = "*";
    } else {
        return fail(Status::BadRequest, QStringLiteral("invalid request target"));
    }

    const qsizetype hash = pathAndQuery.indexOf('#');
    if (hash >= 0)
        pathAndQuery = pathAndQuery.first(hash);
    const qsizetype question = pathAndQuery.indexOf('?');
    const QByteArrayView rawPath = question >= 0 ? pathAndQuery.first(question) : pathAndQuery;
    const QByteArrayView rawQuery =
        question >= 0 ? pathAndQuery.sliced(question + 1) : QByteArrayView();

    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    m_request.path =
        rawPath.isEmpty() ? QStringLiteral("/") : QUrl::fromPercentEncoding(rawPath.toByteArray());
    // The query stays percent-encoded inside QUrlQuery; callers decode per item with
    // queryItemValue(key, QUrl::FullyDecoded), so "%3D" and "%26" in a value cannot be
    // mistaken for separators.
    m_request.query.setQuery(QString::fromLatin1(rawQuery));
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::parseHead(QByteArrayView head)
{
    qsizetype lineStart = 0;
    bool first = true;
    while (lineStart < head.size()) {
        qsizetype newline = head.indexOf('\n', lineStart);
        if (newline < 0)
            newline = head.size();
        const QByteArrayView line = chompCr(head.sliced(lineStart, newline - lineStart));
        lineStart = newline + 1;
        if (first) {
            first = false;
            const Status status = parseRequestLine(line);
            if (status != Status::NeedMore)
                return status;
            continue;
        }
        if (line.isEmpty())
            break; // end of the header section
        if (line.front() == ' ' || line.front() == '\t')
            return fail(Status::BadRequest, QStringLiteral("obsolete header line folding"));
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(Status::BadRequest, QStringLiteral("malformed header line"));
        const QByteArrayView name = line.first(colon);
        for (char c : name) {
            if (!isTokenChar(c))
                return fail(Status::BadRequest, QStringLiteral("invalid header name"));
        }
        const QByteArrayView value = trimmedView(line.sliced(colon + 1));
        for (char c : value) {
            if (isControl(c) && c != '\t')
                return fail(Status::BadRequest, QStringLiteral("invalid header value"));
        }
        const QByteArray key = name.toByteArray().toLower();
        auto it = m_request.headers.find(key);
        if (it == m_request.headers.end())
            m_request.headers.insert(key, value.toByteArray());
        else
            it->append(", ").append(value);
    }
    return Status::NeedMore;
}

HttpRequestParser::Status HttpRequestParser::startBody()
{
    const QByteArray connection = m_request.header("connection");
    m_keepAlive = m_http10 ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");

    const QByteArray transferEncoding = m_request.header("transfer-encoding");
    const QByteArray contentLength = m_request.header("content-length");
    bool hasBody = false;
    if (!transferEncoding.isEmpty()) {
        // Both headers at once is the classic request-smuggling shape: refuse it.
        if (!contentLength.isEmpty())
            return fail(Status::BadRequest,
                        QStringLiteral("both Transfer-Encoding and Content-Length"));
        if (m_http10 || trimmedView(transferEncoding).compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(Status::BadRequest, QStringLiteral("unsupported Transfer-Encoding"));
        m_state = State::ChunkSize;
        hasBody = true;
    } else if (!contentLength.isEmpty()) {
        // Repeated Content-Length headers were joined with ", "; they must agree.
        qint64 length = -1;
        const QList<QByteArray> values = contentLength.split(',');
        for (const QByteArray &text : values) {
            qint64 value = 0;
            if (!parseContentLength(trimmedView(text), &value) || (length >= 0 && value != length))
                return fail(Status::BadRequest, QStringLiteral("invalid Content-Length"));
            length = value;
        }
        if (length > m_maxBodySize)
            return fail(Status::BodyTooLarge,
                        QStringLiteral("request body exceeds %1 bytes").arg(m_maxBodySize));
        if (length > 0) {
            m_request.body.reserve(qsizetype(length));
            m_remaining = length;
            m_state = State::Body;
            hasBody = true;
        }
    }
    if (!hasBody) {
        m_state = State::Done;
        return Status::Complete;
    }
    if (!m_http10 &&
        trimmedView(m_request.header("expect")).compare("100-continue", Qt::CaseInsensitive) == 0)
        m_continueExpected = true;
    return Status::NeedMore;
}

} // namespace maestro::sim
