#include "faultproxy.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcFaultProxy, "tierdesk.test.faultproxy", QtInfoMsg)

namespace tierdesk::test {

namespace {

// abort() alone closes with FIN when nothing is left unread; SO_LINGER with a zero timeout makes the close
// a real reset (RST), which is what a crashed middlebox or a dropped NAT entry looks like to the client.
void resetSocket(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        const linger hard{1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
#endif
    socket->abort();
}

// The length of an HTTP/1.1 message whose head is complete in `bytes`: head + Content-Length, or -1 when
// the head is incomplete or the body has no declared length (chunked, or until close).
qint64 messageLength(const QByteArray &bytes)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return -1;
    const QList<QByteArray> lines = bytes.left(headEnd).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).trimmed().toLower() != "content-length")
            continue;
        bool ok = false;
        const qint64 length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        return ok ? headEnd + 4 + length : -1;
    }
    return -1;
}

} // namespace

// One client connection and its own connection to the target.
class FaultProxyLink : public QObject
{
public:
    FaultProxyLink(FaultProxy *proxy, QTcpSocket *client, const QString &host, quint16 port);

    void resetBoth(); // TCP reset towards the client, abort towards the server

private:
    enum class Action { Data, Reset, Close };
    struct Step
    {
        qint64 due = 0;
        Action action = Action::Data;
        QByteArray bytes;
    };
    // Bytes travelling one way, in order, each chunk released at its due time.
    struct Lane
    {
        QList<Step> steps;
        QTimer *timer = nullptr;
        qint64 lastDue = 0;
    };
    enum class ResponseFault { None, Reset, Cut };

    void onClientData();
    void onServerData();
    void onClientGone();
    void onServerGone();
    void onServerConnected();
    void enqueue(bool toServer, Action action, const QByteArray &bytes, int delayMs);
    void runLane(bool toServer);
    void perform(bool toServer, const Step &step);
    void forwardResponse(const QByteArray &bytes);
    void finishCut(bool serverClosed);
    void checkDone();

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_server;
    Lane m_toServer;
    Lane m_toClient;
    QByteArray m_beforeConnect; // client bytes that arrived before the server connection was up
    bool m_serverConnected = false;
    bool m_closeServerWhenConnected = false;
    bool m_dead = false;
    bool m_clientGone = false;
    bool m_serverGone = false;
    bool m_requestOpen = false;  // a request has started on this connection
    bool m_responseOpen = false; // response bytes have come since the request started
    qint64 m_responseBytes = 0;
    ResponseFault m_responseFault = ResponseFault::None;
    qint64 m_resetAt = 0;
    QByteArray m_cutBuffer;
    bool m_done = false;
};

FaultProxyLink::FaultProxyLink(FaultProxy *proxy, QTcpSocket *client, const QString &host, quint16 port)
    : QObject(proxy)
    , m_proxy(proxy)
    , m_client(client)
    , m_server(new QTcpSocket(this))
{
    m_client->setParent(this);
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    for (Lane *lane : {&m_toServer, &m_toClient}) {
        lane->timer = new QTimer(this);
        lane->timer->setSingleShot(true);
        lane->timer->setTimerType(Qt::PreciseTimer);
    }
    connect(m_toServer.timer, &QTimer::timeout, this, [this] { runLane(true); });
    connect(m_toClient.timer, &QTimer::timeout, this, [this] { runLane(false); });

    connect(m_client, &QTcpSocket::readyRead, this, &FaultProxyLink::onClientData);
    // stateChanged() rather than disconnected(): a reset or a refused connection ends in UnconnectedState
    // without always passing through disconnected().
    connect(m_client, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onClientGone();
    });
    connect(m_server, &QTcpSocket::connected, this, &FaultProxyLink::onServerConnected);
    connect(m_server, &QTcpSocket::readyRead, this, &FaultProxyLink::onServerData);
    connect(m_server, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state != QAbstractSocket::UnconnectedState)
            return;
        if (m_serverConnected) {
            onServerGone();
        } else if (!m_dead) {
            qCDebug(lcFaultProxy) << "cannot reach the target:" << m_server->errorString();
            resetBoth();
        }
    });
    m_server->connectToHost(host, port);
    // Data may already wait (the client wrote before we got here).
    if (m_client->bytesAvailable() > 0)
        QTimer::singleShot(0, this, &FaultProxyLink::onClientData);
}

void FaultProxyLink::resetBoth()
{
    if (m_dead)
        return;
    m_dead = true;
    m_toServer.timer->stop();
    m_toClient.timer->stop();
    m_toServer.steps.clear();
    m_toClient.steps.clear();
    resetSocket(m_client);
    m_server->abort();
    m_clientGone = m_serverGone = true;
    checkDone();
}

void FaultProxyLink::onServerConnected()
{
    if (m_dead)
        return;
    m_serverConnected = true;
    m_server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_beforeConnect.isEmpty()) {
        m_server->write(m_beforeConnect);
        m_beforeConnect.clear();
    }
    if (m_closeServerWhenConnected)
        m_server->disconnectFromHost();
}

void FaultProxyLink::onClientData()
{
    if (m_dead)
        return;
    const QByteArray bytes = m_client->readAll();
    if (bytes.isEmpty())
        return;
    if (!m_requestOpen || m_responseOpen) {
        // A new request begins (the first on this connection, or the next one on a kept-alive connection).
        m_requestOpen = true;
        m_responseOpen = false;
        m_responseBytes = 0;
        m_responseFault = ResponseFault::None;
        ++m_proxy->m_requests;
        if (m_proxy->draw(FaultProxy::Fault::ResetBeforeRequest)) {
            qCDebug(lcFaultProxy) << "reset before the request";
            resetBoth();
            return;
        }
    }
    m_proxy->m_bytesToServer += bytes.size();
    enqueue(true, Action::Data, bytes, m_proxy->chunkDelayMs());
}

void FaultProxyLink::onServerData()
{
    if (m_dead)
        return;
    const QByteArray bytes = m_server->readAll();
    if (bytes.isEmpty())
        return;
    if (!m_responseOpen) {
        m_responseOpen = true;
        m_responseBytes = 0;
        m_responseFault = ResponseFault::None;
        if (m_proxy->draw(FaultProxy::Fault::ResetInResponse)) {
            m_responseFault = ResponseFault::Reset;
            m_resetAt = m_proxy->m_mode == FaultProxy::Mode::Random ? m_proxy->randomResetOffset()
                                                                    : m_proxy->m_resetAfterBytes;
        } else if (m_proxy->draw(FaultProxy::Fault::CutResponse)) {
            m_responseFault = ResponseFault::Cut;
            m_cutBuffer.clear();
        }
    }
    forwardResponse(bytes);
}

void FaultProxyLink::forwardResponse(const QByteArray &bytes)
{
    switch (m_responseFault) {
    case ResponseFault::None:
        m_responseBytes += bytes.size();
        m_proxy->m_bytesToClient += bytes.size();
        enqueue(false, Action::Data, bytes, m_proxy->chunkDelayMs());
        return;
    case ResponseFault::Reset: {
        const qint64 allowed = qMax<qint64>(0, m_resetAt - m_responseBytes);
        if (bytes.size() < allowed) {
            m_responseBytes += bytes.size();
            m_proxy->m_bytesToClient += bytes.size();
            enqueue(false, Action::Data, bytes, m_proxy->chunkDelayMs());
            return;
        }
        if (allowed > 0) {
            m_proxy->m_bytesToClient += allowed;
            enqueue(false, Action::Data, bytes.left(allowed), 0);
        }
        qCDebug(lcFaultProxy) << "reset after" << m_resetAt << "bytes of the response";
        m_responseFault = ResponseFault::None;
        enqueue(false, Action::Reset, {}, 0);
        return;
    }
    case ResponseFault::Cut:
        m_cutBuffer += bytes;
        finishCut(false);
        return;
    }
}

void FaultProxyLink::finishCut(bool serverClosed)
{
    const qint64 length = messageLength(m_cutBuffer);
    qint64 cutAt = -1;
    if (length > 0 && m_cutBuffer.size() >= length / 2)
        cutAt = length / 2;
    else if (length < 0 && (serverClosed || m_cutBuffer.indexOf("\r\n\r\n") >= 0))
        cutAt = m_cutBuffer.size() / 2; // no declared length: half of what came
    else if (serverClosed)
        cutAt = m_cutBuffer.size() / 2;
    if (cutAt < 0)
        return; // wait for more of the response
    cutAt = qMax<qint64>(1, qMin<qint64>(cutAt, m_cutBuffer.size()));
    qCDebug(lcFaultProxy) << "cutting the response after" << cutAt << "of" << length << "bytes";
    // State first: closing a socket below can re-enter this link through its signals.
    const QByteArray part = m_cutBuffer.left(cutAt);
    m_cutBuffer.clear();
    m_responseFault = ResponseFault::None;
    m_proxy->m_bytesToClient += cutAt;
    enqueue(false, Action::Data, part, 0);
    enqueue(false, Action::Close, {}, 0);
    m_server->abort(); // the rest of the response is not wanted
}

void FaultProxyLink::onClientGone()
{
    if (m_dead || m_clientGone)
        return;
    onClientData(); // what is still unread
    if (m_dead)
        return;
    m_clientGone = true;
    // What the client sent before closing still goes out, then the server connection closes too.
    enqueue(true, Action::Close, {}, 0);
    checkDone();
}

void FaultProxyLink::onServerGone()
{
    if (m_dead || m_serverGone)
        return;
    onServerData(); // what is still unread
    if (m_dead || m_serverGone)
        return;
    m_serverGone = true;
    if (m_responseFault == ResponseFault::Cut && !m_cutBuffer.isEmpty()) {
        finishCut(true);
    } else if (!m_clientGone) {
        enqueue(false, Action::Close, {}, 0);
    }
    checkDone();
}

void FaultProxyLink::enqueue(bool toServer, Action action, const QByteArray &bytes, int delayMs)
{
    Lane &lane = toServer ? m_toServer : m_toClient;
    const qint64 now = m_proxy->now();
    // Never before an earlier chunk of the same direction: a delay reorders nothing.
    const qint64 due = qMax(now + delayMs, lane.lastDue);
    lane.lastDue = due;
    if (lane.steps.isEmpty() && due <= now) {
        perform(toServer, {due, action, bytes});
        return;
    }
    lane.steps.append({due, action, bytes});
    if (!lane.timer->isActive())
        lane.timer->start(int(qMax<qint64>(0, lane.steps.constFirst().due - now)));
}

void FaultProxyLink::runLane(bool toServer)
{
    Lane &lane = toServer ? m_toServer : m_toClient;
    while (!m_dead && !lane.steps.isEmpty() && lane.steps.constFirst().due <= m_proxy->now()) {
        const Step step = lane.steps.takeFirst();
        perform(toServer, step);
    }
    if (!m_dead && !lane.steps.isEmpty())
        lane.timer->start(int(qMax<qint64>(0, lane.steps.constFirst().due - m_proxy->now())));
}

void FaultProxyLink::perform(bool toServer, const Step &step)
{
    if (m_dead)
        return;
    QTcpSocket *target = toServer ? m_server : m_client;
    switch (step.action) {
    case Action::Data:
        if (toServer && !m_serverConnected) {
            m_beforeConnect += step.bytes;
        } else if (target->state() == QAbstractSocket::ConnectedState) {
            target->write(step.bytes);
            target->flush();
        }
        return;
    case Action::Reset:
        resetBoth();
        return;
    case Action::Close:
        if (toServer && !m_serverConnected) {
            m_closeServerWhenConnected = true;
            return;
        }
        if (target->state() == QAbstractSocket::UnconnectedState) {
            (toServer ? m_serverGone : m_clientGone) = true;
            checkDone();
        } else {
            target->disconnectFromHost(); // after the buffered bytes are written; disconnected() follows
        }
        return;
    }
}

void FaultProxyLink::checkDone()
{
    if (m_done)
        return;
    const bool clientDown = m_clientGone || m_client->state() == QAbstractSocket::UnconnectedState;
    const bool serverDown = m_serverGone || m_server->state() == QAbstractSocket::UnconnectedState;
    if (!clientDown || !serverDown)
        return;
    if (!m_dead && (!m_toServer.steps.isEmpty() || !m_toClient.steps.isEmpty()))
        return;
    m_done = true;
    m_proxy->linkClosed(this);
}

// --- FaultProxy ------------------------------------------------------------------------------------------

FaultProxy::FaultProxy(const QString &targetHost, quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_targetHost(targetHost)
    , m_targetPort(targetPort)
    , m_generator(m_random.seed)
{
    m_clock.start();
    m_server->setMaxPendingConnections(1000);
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::FaultProxy(const QUrl &target, QObject *parent)
    : FaultProxy(target.host(), quint16(target.port(80)), parent)
{}

FaultProxy::~FaultProxy()
{
    // The links are children; they go with us. Close the listener first so that nothing new arrives.
    m_server->close();
}

bool FaultProxy::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_error = QStringLiteral("FaultProxy cannot listen on 127.0.0.1:%1: %2")
                      .arg(port)
                      .arg(m_server->errorString());
        return false;
    }
    return true;
}

quint16 FaultProxy::port() const
{
    return m_server->serverPort();
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FaultProxy::setTarget(const QString &host, quint16 port)
{
    m_targetHost = host;
    m_targetPort = port;
}

void FaultProxy::setTarget(const QUrl &target)
{
    setTarget(target.host(), quint16(target.port(80)));
}

void FaultProxy::setMode(Mode mode)
{
    m_mode = mode;
}

void FaultProxy::setRandomFaults(const RandomFaults &faults)
{
    m_random = faults;
    m_generator.seed(faults.seed);
}

void FaultProxy::abortAllConnections()
{
    const QList<FaultProxyLink *> links = m_links;
    for (FaultProxyLink *link : links)
        link->resetBoth();
}

int FaultProxy::faultsInjected() const
{
    int total = 0;
    for (const int count : m_faults)
        total += count;
    return total;
}

void FaultProxy::resetCounters()
{
    m_connections = 0;
    m_requests = 0;
    m_faults.clear();
    m_bytesToServer = 0;
    m_bytesToClient = 0;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_connections;
        qCDebug(lcFaultProxy) << "connection" << m_connections << "from port" << client->peerPort();
        m_links.append(new FaultProxyLink(this, client, m_targetHost, m_targetPort));
    }
}

void FaultProxy::linkClosed(FaultProxyLink *link)
{
    qCDebug(lcFaultProxy) << "connection closed;" << m_links.size() - 1 << "left open";
    m_links.removeOne(link);
    link->deleteLater();
}

bool FaultProxy::take(Fault fault)
{
    if (m_budget == 0)
        return false;
    if (m_budget > 0)
        --m_budget;
    ++m_faults[fault];
    emit faultInjected(fault);
    return true;
}

bool FaultProxy::draw(Fault fault)
{
    switch (m_mode) {
    case Mode::PassThrough:
        return false;
    case Mode::Delay:
        return fault == Fault::Delay && take(fault);
    case Mode::ResetBeforeRequest:
        return fault == Fault::ResetBeforeRequest && take(fault);
    case Mode::ResetInResponse:
        return fault == Fault::ResetInResponse && take(fault);
    case Mode::CutResponse:
        return fault == Fault::CutResponse && take(fault);
    case Mode::Random:
        break;
    }
    double probability = 0;
    switch (fault) {
    case Fault::Delay:
        probability = m_random.delay;
        break;
    case Fault::ResetBeforeRequest:
        probability = m_random.resetBeforeRequest;
        break;
    case Fault::ResetInResponse:
        probability = m_random.resetInResponse;
        break;
    case Fault::CutResponse:
        probability = m_random.cutResponse;
        break;
    }
    if (probability <= 0)
        return false;
    return m_generator.generateDouble() < probability && take(fault);
}

int FaultProxy::chunkDelayMs()
{
    if (!draw(Fault::Delay))
        return 0;
    return m_mode == Mode::Random ? randomDelayMs() : m_delayMs;
}

int FaultProxy::randomDelayMs()
{
    return 1 + int(m_generator.bounded(quint32(qMax(1, m_random.maxDelayMs))));
}

qint64 FaultProxy::randomResetOffset()
{
    return qint64(m_generator.bounded(quint32(qMax<qint64>(1, m_random.maxResetOffset + 1))));
}

} // namespace tierdesk::test
