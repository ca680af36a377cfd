#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QUrl>

class QTcpServer;

namespace tierdesk::test {

class FaultProxyLink;

// A TCP proxy on 127.0.0.1 that sits between a client and a real server and breaks the line on command:
// delays, connection resets and responses cut half-way — the faults a real tierdesk-server on loopback never
// shows by itself. It forwards bytes in both directions and knows just enough HTTP/1.1 to tell where a
// request and its response begin (a request starts with the client's first bytes on a connection, or with
// client bytes after response bytes; the response with the server's first bytes after that), so it works with
// keep-alive connections and many connections at once.
//
//   TestServer server({.demo = true});
//   FaultProxy proxy(server.baseUrl());
//   QVERIFY(proxy.listen());
//   tierdesk::ApiClient client(proxy.url());          // the client talks to the proxy
//   // The server handles the next request, but its answer is lost; once, then pass-through again.
//   proxy.setMode(FaultProxy::Mode::ResetInResponse);
//   proxy.setFaultBudget(1);
//
// Modes (setMode):
//   PassThrough         bytes flow unchanged.
//   Delay               every chunk, both directions, waits delayMs() before it is forwarded (order kept).
//   ResetBeforeRequest  when a request starts, the client's connection is reset (TCP RST) and nothing of the
//                       request reaches the server.
//   ResetInResponse     the request reaches the server; after resetAfterResponseBytes() bytes of its response
//                       (0: before the first byte) the client's connection is reset. The server has done the
//                       work, the client does not learn it: the case idempotency keys exist for.
//   CutResponse         half of the response (by its Content-Length, else half of what arrives) is passed on,
//                       then the connection is closed in order (FIN), as by a proxy that gave up.
//   Random              per request, response and chunk, faults are drawn with the probabilities of
//                       setRandomFaults() from a generator seeded with RandomFaults::seed (reproducible
//                       draws).
//
// Two things Qt 6.4's HTTP layer does that tests through this proxy meet (both measured in tst_apiclient):
// it sends a request once more by itself when a kept-alive connection is reset after the request went out
// (so count what the server did, not the client's attempts), and a request sent right after its idle
// connection was reset may hang without an error until the job's timeout (so give clients behind the proxy a
// timeout of a few seconds, not the default 30).
//
// Each fault decision consumes one unit of the fault budget (setFaultBudget, default unlimited); with the
// budget spent the proxy passes everything through. Counters tell what happened. A new mode applies from the
// next request, response or chunk on, on open connections too; the target applies to new connections.
// Everything runs in the thread that owns the proxy (its event loop must run: QTest waits and
// ApiJob::waitForFinished() do).
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode { PassThrough, Delay, ResetBeforeRequest, ResetInResponse, CutResponse, Random };
    enum class Fault { Delay, ResetBeforeRequest, ResetInResponse, CutResponse };
    Q_ENUM(Fault)

    struct RandomFaults
    {
        quint32 seed = 1;
        double resetBeforeRequest = 0; // per request
        double resetInResponse = 0;    // per response; after a random 0..maxResetOffset bytes of it
        double cutResponse = 0;        // per response
        double delay = 0;              // per chunk, 1..maxDelayMs
        int maxDelayMs = 30;
        qint64 maxResetOffset = 512;
    };

    // Forwards to host:port (connects anew for every client connection).
    FaultProxy(const QString &targetHost, quint16 targetPort, QObject *parent = nullptr);
    // Forwards to the host and port of an http:// URL (e.g. TestServer::baseUrl()).
    explicit FaultProxy(const QUrl &target, QObject *parent = nullptr);
    ~FaultProxy() override;

    // Listens on 127.0.0.1 (port 0: any free one). false with errorString().
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:PORT
    QString errorString() const { return m_error; }

    // For a server restarted on another port; open connections keep their old target.
    void setTarget(const QString &host, quint16 port);
    void setTarget(const QUrl &target);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setDelayMs(int ms) { m_delayMs = qMax(0, ms); }
    int delayMs() const { return m_delayMs; }
    void setResetAfterResponseBytes(qint64 bytes) { m_resetAfterBytes = qMax<qint64>(0, bytes); }
    qint64 resetAfterResponseBytes() const { return m_resetAfterBytes; }
    void setRandomFaults(const RandomFaults &faults);
    RandomFaults randomFaults() const { return m_random; }
    // Faults left to inject; -1 = unlimited.
    void setFaultBudget(int faults) { m_budget = faults; }
    int faultBudget() const { return m_budget; }

    // Resets every open connection at once (a cable pulled), whatever the mode.
    void abortAllConnections();

    int connectionsAccepted() const { return m_connections; }
    int activeConnections() const { return int(m_links.size()); }
    int requestsSeen() const { return m_requests; } // starts of requests, as the proxy tells them apart
    int faultsInjected() const;
    int faults(Fault fault) const { return m_faults.value(fault); }
    qint64 bytesToServer() const { return m_bytesToServer; }
    qint64 bytesToClient() const { return m_bytesToClient; }
    void resetCounters();

signals:
    void faultInjected(tierdesk::test::FaultProxy::Fault fault);

private:
    friend class FaultProxyLink;

    void onNewConnection();
    void linkClosed(FaultProxyLink *link);
    // Whether to inject `fault` now (mode, probabilities, budget); counts it when yes.
    bool draw(Fault fault);
    bool take(Fault fault);
    int chunkDelayMs(); // 0, or how long the next chunk waits
    int randomDelayMs();
    qint64 randomResetOffset();
    qint64 now() const { return m_clock.elapsed(); }

    QTcpServer *m_server = nullptr;
    QString m_targetHost;
    quint16 m_targetPort = 0;
    Mode m_mode = Mode::PassThrough;
    int m_delayMs = 50;
    qint64 m_resetAfterBytes = 0;
    RandomFaults m_random;
    QRandomGenerator m_generator;
    int m_budget = -1;
    QList<FaultProxyLink *> m_links;
    int m_connections = 0;
    int m_requests = 0;
    QHash<Fault, int> m_faults;
    qint64 m_bytesToServer = 0;
    qint64 m_bytesToClient = 0;
    QElapsedTimer m_clock;
    QString m_error;
};

} // namespace tierdesk::test
