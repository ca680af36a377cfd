#include "rawhttp.h"

#include "exchangerecorder.h"

#include "testserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

namespace tierdesk::test {

namespace {

constexpr qsizetype maxHeadSize = 4 * 1024 * 1024; // a response head larger than this is garbage

// Position just after the blank line ending the head, or -1. Accepts bare LF line ends too.
qsizetype headEnd(const QByteArray &buffer)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf + 2 <= lf))
        return crlf + 4;
    if (lf >= 0)
        return lf + 2;
    return -1;
}

// Reads one line (without its CR LF) starting at *pos; false if no complete line yet.
bool takeLine(const QByteArray &buffer, qsizetype *pos, QByteArray *line)
{
    const qsizetype end = buffer.indexOf('\n', *pos);
    if (end < 0)
        return false;
    *line = buffer.mid(*pos, end - *pos);
    if (line->endsWith('\r'))
        line->chop(1);
    *pos = end + 1;
    return true;
}

} // namespace

RawHttp::RawHttp(quint16 port, const QString &host)
    : m_host(host)
    , m_port(port)
{}

RawHttp::RawHttp(const TestServer &server)
    : RawHttp(server.port(), server.baseUrl().host())
{}

RawHttp::~RawHttp()
{
    close();
}

QByteArray RawHttp::buildRequest(const QByteArray &method, const QByteArray &target,
                                 const HttpHeaders &headers, const QByteArray &body) const
{
    bool hasHost = false;
    bool hasLength = false;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        hasHost = hasHost || lower == "host";
        hasLength = hasLength || lower == "content-length" || lower == "transfer-encoding";
    }
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\n";
    if (!hasHost)
        out += "Host: " + m_host.toLatin1() + ':' + QByteArray::number(m_port) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    if (!hasLength && (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH"))
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "\r\n";
    out += body;
    return out;
}

bool RawHttp::open()
{
    close();
    m_error.clear();
    m_socket = new QTcpSocket;
    m_socket->setProxy(QNetworkProxy::NoProxy);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(m_socket, &QTcpSocket::connected, &loop, &QEventLoop::quit);
    QObject::connect(m_socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    m_socket->connectToHost(m_host, m_port);
    if (m_socket->state() != QAbstractSocket::ConnectedState &&
        m_socket->error() == QAbstractSocket::UnknownSocketError)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        return true;
    m_error = QStringLiteral("cannot connect to %1:%2: %3")
                  .arg(m_host)
                  .arg(m_port)
                  .arg(timer.isActive() ? m_socket->errorString() : QStringLiteral("timeout"));
    close();
    return false;
}

bool RawHttp::write(const QByteArray &bytes)
{
    if (!isOpen()) {
        m_error = QStringLiteral("write: the connection is not open");
        return false;
    }
    m_socket->write(bytes);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(m_socket, &QTcpSocket::bytesWritten, &loop, [&loop, this] {
        if (m_socket->bytesToWrite() == 0)
            loop.quit();
    });
    QObject::connect(m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(m_socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(m_socket, &QTcpSocket::readyRead, &loop, [this] { m_buffer += m_socket->readAll(); });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(m_timeoutMs);
    if (m_socket->bytesToWrite() > 0)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    m_buffer += m_socket->readAll();
    if (m_socket->bytesToWrite() == 0)
        return true;
    m_error = timer.isActive()
                  ? QStringLiteral("write failed: %1").arg(m_socket->errorString())
                  : QStringLiteral("write: timeout with %1 bytes unsent").arg(m_socket->bytesToWrite());
    return false;
}

bool RawHttp::waitForMore(int remainingMs)
{
    if (!m_socket)
        return false;
    const qsizetype before = m_buffer.size();
    m_buffer += m_socket->readAll();
    if (m_buffer.size() > before)
        return true;
    if (m_socket->state() != QAbstractSocket::ConnectedState || remainingMs <= 0)
        return false;

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(m_socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
    QObject::connect(m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(m_socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(remainingMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    m_buffer += m_socket->readAll();
    return m_buffer.size() > before;
}

RawHttp::Parse RawHttp::parse(bool closed, bool headResponse, ApiReply *reply, qsizetype *consumed) const
{
    *reply = ApiReply();
    const qsizetype end = headEnd(m_buffer);
    if (end < 0)
        return m_buffer.size() > maxHeadSize ? Parse::Invalid : Parse::Incomplete;

    qsizetype pos = 0;
    QByteArray line;
    takeLine(m_buffer, &pos, &line);
    // "HTTP/1.1 200 OK"
    if (!line.startsWith("HTTP/"))
        return Parse::Invalid;
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace < 0)
        return Parse::Invalid;
    const qsizetype secondSpace = line.indexOf(' ', firstSpace + 1);
    bool ok = false;
    const int status =
        line.mid(firstSpace + 1, secondSpace < 0 ? -1 : secondSpace - firstSpace - 1).toInt(&ok);
    if (!ok || status < 100 || status > 999)
        return Parse::Invalid;
    reply->status = status;
    reply->reason = secondSpace < 0 ? QByteArray() : line.mid(secondSpace + 1);

    while (pos < end && takeLine(m_buffer, &pos, &line) && !line.isEmpty()) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Parse::Invalid;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        auto it = reply->headers.find(name);
        if (it == reply->headers.end())
            reply->headers.insert(name, value);
        else
            *it += ", " + value;
    }

    if (headResponse || status < 200 || status == 204 || status == 304) {
        *consumed = end;
        return Parse::Complete;
    }

    if (reply->header("transfer-encoding").toLower().contains("chunked")) {
        qsizetype at = end;
        QByteArray body;
        for (;;) {
            if (!takeLine(m_buffer, &at, &line))
                break;
            const qsizetype semicolon = line.indexOf(';');
            const qlonglong size =
                (semicolon < 0 ? line : line.left(semicolon)).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0)
                return Parse::Invalid;
            if (size == 0) {
                // Trailers, then the blank line.
                while (takeLine(m_buffer, &at, &line)) {
                    if (line.isEmpty()) {
                        reply->body = body;
                        *consumed = at;
                        return Parse::Complete;
                    }
                }
                break;
            }
            if (m_buffer.size() - at < size + 2)
                break;
            body += m_buffer.mid(at, size);
            at += size;
            if (!takeLine(m_buffer, &at, &line) || !line.isEmpty())
                return Parse::Invalid;
        }
        reply->body = body;
        return Parse::Incomplete;
    }

    if (reply->hasHeader("content-length")) {
        const qlonglong length = reply->header("content-length").toLongLong(&ok);
        if (!ok || length < 0)
            return Parse::Invalid;
        reply->body = m_buffer.mid(end, length);
        if (m_buffer.size() - end < length)
            return Parse::Incomplete;
        *consumed = end + length;
        return Parse::Complete;
    }

    // No framing: the body runs until the server closes the connection.
    reply->body = m_buffer.mid(end);
    if (!closed)
        return Parse::Incomplete;
    *consumed = m_buffer.size();
    return Parse::Complete;
}

ApiReply RawHttp::readResponse(bool headResponse)
{
    QElapsedTimer elapsed;
    elapsed.start();
    for (;;) {
        const bool closed = !m_socket || m_socket->state() != QAbstractSocket::ConnectedState;
        if (m_socket)
            m_buffer += m_socket->readAll();
        ApiReply reply;
        qsizetype consumed = 0;
        const Parse result = parse(closed, headResponse, &reply, &consumed);
        if (result == Parse::Complete) {
            m_lastRaw = m_buffer.left(consumed);
            m_buffer.remove(0, consumed);
            if (reply.status >= 100 && reply.status < 200 && reply.status != 101)
                continue; // interim response
            return reply;
        }
        if (result == Parse::Invalid) {
            m_lastRaw = m_buffer;
            m_buffer.clear();
            ApiReply invalid;
            invalid.error =
                QStringLiteral("unparsable response: %1").arg(QString::fromLatin1(m_lastRaw.left(200)));
            return invalid;
        }
        const int remaining = m_timeoutMs - int(elapsed.elapsed());
        if (waitForMore(remaining))
            continue;
        const bool nowClosed = !m_socket || m_socket->state() != QAbstractSocket::ConnectedState;
        if (nowClosed && !closed)
            continue; // parse once more knowing the connection is closed (body up to the close)

        // Closed or timed out before the response was complete.
        m_lastRaw = m_buffer;
        m_buffer.clear();
        const QString why = nowClosed ? QStringLiteral("connection closed") : QStringLiteral("timeout");
        if (reply.status == 0) {
            reply = ApiReply();
            reply.error = m_lastRaw.isEmpty()
                              ? QStringLiteral("%1 without a response").arg(why)
                              : QStringLiteral("%1 after %2 bytes of an incomplete response head")
                                    .arg(why)
                                    .arg(m_lastRaw.size());
        } else {
            reply.error = QStringLiteral("%1 before the body was complete (%2 bytes received)")
                              .arg(why)
                              .arg(reply.body.size());
        }
        return reply;
    }
}

bool RawHttp::waitForClosed()
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        const int remaining = m_timeoutMs - int(elapsed.elapsed());
        if (remaining <= 0)
            return false;
        waitForMore(remaining);
    }
    return true;
}

ApiReply RawHttp::send(const QByteArray &bytes)
{
    if (!open()) {
        ApiReply reply;
        reply.error = m_error;
        return reply;
    }
    write(bytes); // a server may answer (413, 431) and close before it has read everything
    ApiReply reply = readResponse(bytes.startsWith("HEAD "));
    close();
    ExchangeRecorder::recordRaw(bytes, reply);
    return reply;
}

void RawHttp::close()
{
    if (!m_socket)
        return;
    m_socket->abort();
    delete m_socket;
    m_socket = nullptr;
    m_buffer.clear();
}

bool RawHttp::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace tierdesk::test
