#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <memory>

class QTcpSocket;

namespace tierdesk::bench {

// A blocking HTTP/1.1 client on one keep-alive TCP connection, for measuring: no event loop, no
// QNetworkAccessManager connection pool or extra thread between the benchmark and the socket, so the time
// measured is the server's answer plus the bytes on the wire. Usable from any one thread (it must be created
// in the thread that uses it). Reconnects only before a request, when the server has closed the connection
// meanwhile, so a request is never sent twice.
class HttpConnection
{
public:
    struct Response
    {
        int status = 0; // 0: no complete answer; see error
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        QString error;

        QJsonObject json() const; // the body as an object; empty when it is not one
    };

    HttpConnection(const QString &host, quint16 port, int timeoutMs = 30000);
    ~HttpConnection();
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    // Sent as "Authorization: Bearer TOKEN" while non-empty.
    void setToken(const QByteArray &token) { m_token = token; }

    Response get(const QByteArray &target);
    Response postJson(const QByteArray &target, const QByteArray &json);
    Response request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                     const QByteArray &contentType = {});

    // request() in two halves, for a client that asks for its next page before it parses this one: send()
    // puts the request on the wire (false and *error on failure), receive() waits for the answer to the
    // oldest request sent and not yet received.
    bool send(const QByteArray &method, const QByteArray &target, QString *error, const QByteArray &body = {},
              const QByteArray &contentType = {});
    Response receive();

    // How many TCP connections this client has opened so far (1 when keep-alive held throughout).
    int connectionsOpened() const { return m_connectionsOpened; }

private:
    bool ensureConnected(QString *error);
    bool readResponse(Response *response);
    bool fillUntil(qsizetype size, QString *error);
    void drop();

    QString m_host;
    quint16 m_port = 0;
    int m_timeoutMs = 30000;
    QByteArray m_token;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer; // received, not yet consumed
    int m_connectionsOpened = 0;
};

} // namespace tierdesk::bench
