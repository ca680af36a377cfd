#pragma once

#include "apireply.h"

#include <QByteArray>
#include <QString>

class QTcpSocket;

namespace tierdesk::test {

class TestServer;

// Sends arbitrary bytes over a plain TCP connection and parses what comes back, for requests a real HTTP
// client cannot make (invalid UTF-8, huge or broken headers, bad framing, pipelining, half requests).
// Waiting runs a local QEventLoop (never blocks the thread), 30 s timeout by default.
//
// A parsed response is an ApiReply: status, reason, lower-cased headers and the body (by Content-Length,
// chunked, or up to the close). status 0 with error set when the connection was closed (or the timeout
// expired) before a complete status line and header block arrived.
class RawHttp
{
public:
    explicit RawHttp(quint16 port, const QString &host = QStringLiteral("127.0.0.1"));
    explicit RawHttp(const TestServer &server); // the server's current port
    ~RawHttp();
    RawHttp(const RawHttp &) = delete;
    RawHttp &operator=(const RawHttp &) = delete;

    // One shot: connect, write bytes, read one response, disconnect.
    ApiReply send(const QByteArray &bytes);

    // Builds "METHOD TARGET HTTP/1.1" with the given headers, adding Host and (when there is a body, or the
    // method is POST/PUT/PATCH) Content-Length unless the headers already have them. Nothing is validated.
    QByteArray buildRequest(const QByteArray &method, const QByteArray &target,
                            const HttpHeaders &headers = {}, const QByteArray &body = {}) const;

    // Step by step, on one connection (keep-alive, pipelining, slow senders).
    bool open();                         // connects; false with errorString() on failure
    bool write(const QByteArray &bytes); // writes and waits until the bytes are handed to the kernel
    // Reads the next response on the connection. headResponse: the request was HEAD (no body follows).
    // Interim 1xx responses (100 Continue) are skipped.
    ApiReply readResponse(bool headResponse = false);
    // Waits until the server closes the connection; true if it did within the timeout.
    bool waitForClosed();
    void close();
    bool isOpen() const;

    QByteArray lastRawResponse() const { return m_lastRaw; } // bytes of the last response read
    QString errorString() const { return m_error; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    enum class Parse { Incomplete, Complete, Invalid };
    Parse parse(bool closed, bool headResponse, ApiReply *reply, qsizetype *consumed) const;
    bool waitForMore(int remainingMs); // false: timeout or the connection is closed

    QString m_host;
    quint16 m_port = 0;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer; // received, not yet consumed
    QByteArray m_lastRaw;
    QString m_error;
    int m_timeoutMs = 30000;
};

} // namespace tierdesk::test
