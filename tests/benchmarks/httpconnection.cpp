#include "httpconnection.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace tierdesk::bench {

QJsonObject HttpConnection::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpConnection::HttpConnection(const QString &host, quint16 port, int timeoutMs)
    : m_host(host)
    , m_port(port)
    , m_timeoutMs(timeoutMs)
{}

HttpConnection::~HttpConnection() = default;

HttpConnection::Response HttpConnection::get(const QByteArray &target)
{
    return request("GET", target);
}

HttpConnection::Response HttpConnection::postJson(const QByteArray &target, const QByteArray &json)
{
    return request("POST", target, json, "application/json");
}

bool HttpConnection::ensureConnected(QString *error)
{
    // A keep-alive connection the server closed while we were idle shows up as unconnected (or as readable
    // end-of-stream); either way no request was in flight, so opening a new one is safe.
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->waitForReadyRead(0); // notices a close that arrived meanwhile
        if (m_socket->state() == QAbstractSocket::ConnectedState && m_socket->bytesAvailable() == 0)
            return true;
    }
    drop();
    m_socket = std::make_unique<QTcpSocket>();
    m_socket->connectToHost(m_host, m_port);
    if (!m_socket->waitForConnected(m_timeoutMs)) {
        *error = QStringLiteral("cannot connect to %1:%2: %3")
                     .arg(m_host)
                     .arg(m_port)
                     .arg(m_socket->errorString());
        drop();
        return false;
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    ++m_connectionsOpened;
    return true;
}

void HttpConnection::drop()
{
    if (m_socket)
        m_socket->abort();
    m_socket.reset();
    m_buffer.clear();
}

HttpConnection::Response HttpConnection::request(const QByteArray &method, const QByteArray &target,
                                                 const QByteArray &body, const QByteArray &contentType)
{
    Response response;
    if (!send(method, target, &response.error, body, contentType))
        return response;
    return receive();
}

bool HttpConnection::send(const QByteArray &method, const QByteArray &target, QString *error,
                          const QByteArray &body, const QByteArray &contentType)
{
    if (!ensureConnected(error))
        return false;
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':' +
                       QByteArray::number(m_port) + "\r\n";
    if (!m_token.isEmpty())
        bytes += "Authorization: Bearer " + m_token + "\r\n";
    if (!contentType.isEmpty())
        bytes += "Content-Type: " + contentType + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PATCH" || method == "PUT")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    bytes += "\r\n" + body;
    m_socket->write(bytes);
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(m_timeoutMs)) {
            *error =
                QStringLiteral("sending %1 %2 failed: %3")
                    .arg(QString::fromLatin1(method), QString::fromLatin1(target), m_socket->errorString());
            drop();
            return false;
        }
    }
    return true;
}

HttpConnection::Response HttpConnection::receive()
{
    Response response;
    if (!m_socket) {
        response.error = QStringLiteral("no request is waiting for an answer");
        return response;
    }
    if (!readResponse(&response)) {
        response.status = 0;
        drop();
    }
    return response;
}

bool HttpConnection::fillUntil(qsizetype size, QString *error)
{
    while (m_buffer.size() < size) {
        if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(m_timeoutMs)) {
            *error =
                m_socket->state() == QAbstractSocket::ConnectedState
                    ? QStringLiteral("no answer within %1 ms").arg(m_timeoutMs)
                    : QStringLiteral("the server closed the connection: %1").arg(m_socket->errorString());
            return false;
        }
        m_buffer += m_socket->readAll();
    }
    return true;
}

bool HttpConnection::readResponse(Response *response)
{
    // The header block, then exactly Content-Length bytes of body (the server always sends one; chunked
    // answers are not expected from it and are reported as such).
    qsizetype headerEnd = -1;
    while ((headerEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!fillUntil(m_buffer.size() + 1, &response->error))
            return false;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
    bool ok = false;
    const int status = statusLine.size() >= 2 ? statusLine.at(1).toInt(&ok) : 0;
    if (!ok || !statusLine.constFirst().startsWith("HTTP/1.")) {
        response->error =
            QStringLiteral("malformed status line: %1").arg(QString::fromLatin1(lines.constFirst()));
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (response->headers.value("transfer-encoding").toLower().contains("chunked")) {
        response->error = QStringLiteral("chunked answers are not supported by this client");
        return false;
    }
    const qsizetype length = response->headers.value("content-length", "0").toLongLong(&ok);
    if (!ok || length < 0) {
        response->error = QStringLiteral("bad Content-Length");
        return false;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (!fillUntil(bodyStart + length, &response->error))
        return false;
    response->body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    response->status = status;
    if (response->headers.value("connection").toLower() == "close")
        drop();
    return true;
}

} // namespace tierdesk::bench
