#include "server/http/httpserver.h"

#include "server/http/router.h"
#include "server/storage/changenotifier.h"

#include <QLoggingCategory>
#include <QUrl>
#include <algorithm>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <deque>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

Q_LOGGING_CATEGORY(lcHttp, "tierdesk.server.http")

namespace tierdesk {

namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
using tcp = boost::asio::ip::tcp;

namespace {

// What every connection needs to know; owned by HttpServer::Private and outliving every session.
struct Shared
{
    ServerConfig config;
    const Router *router = nullptr;
    HttpServer::StreamAuthoriser authoriser;
    ChangeNotifier *notifier = nullptr;
    // Handlers run here, apart from the I/O threads, so a request waiting on the database holds up neither
    // reading, accepting nor WebSocket traffic.
    net::thread_pool *workers = nullptr;
};

HttpResponse runHandler(const Shared &shared, const HttpRequest &request)
{
    try {
        return shared.router->dispatch(request);
    } catch (const std::exception &e) {
        qCCritical(lcHttp) << "handler threw:" << e.what();
        return HttpResponse::error(500, QStringLiteral("internal_error"),
                                   QStringLiteral("Something broke on our side."));
    }
}

// The request's path as the router matches it, from the raw target.
QString pathOf(beast::string_view target)
{
    const auto q = target.find('?');
    const beast::string_view raw = q == beast::string_view::npos ? target : target.substr(0, q);
    return QUrl::fromPercentEncoding(QByteArray(raw.data(), qsizetype(raw.size())));
}

using StringResponse = http::response<http::string_body>;

StringResponse toBeast(const HttpResponse &r, unsigned version, bool keepAlive)
{
    StringResponse res{static_cast<http::status>(r.status), version};
    res.set(http::field::server, "tierdesk-server");
    if (!r.contentType.isEmpty())
        res.set(http::field::content_type,
                std::string(r.contentType.constData(), size_t(r.contentType.size())));
    for (const auto &[name, value] : r.headers)
        res.set(std::string(name.constData(), size_t(name.size())),
                std::string(value.constData(), size_t(value.size())));
    res.body().assign(r.body.constData(), size_t(r.body.size()));
    res.keep_alive(keepAlive);
    res.prepare_payload();
    return res;
}

HttpRequest toRequest(const http::request<http::string_body> &req, const std::string &peer)
{
    HttpRequest out;
    out.method = QByteArray(req.method_string().data(), qsizetype(req.method_string().size()));
    out.target = QByteArray(req.target().data(), qsizetype(req.target().size()));
    const qsizetype q = out.target.indexOf('?');
    out.path = pathOf(req.target());
    if (q >= 0) {
        // Bytes outside ASCII are not allowed raw in a target; percent-encode them so that the query decoding
        // (and its UTF-8 check) sees the bytes that were sent, not their Latin-1 reading.
        QByteArray query;
        for (const char c : out.target.mid(q + 1)) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x80 || u < 0x20)
                query += '%' + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
            else
                query += c;
        }
        out.query = QUrlQuery(QString::fromLatin1(query));
    }
    for (const auto &field : req) {
        out.headers.insert(
            QByteArray(field.name_string().data(), qsizetype(field.name_string().size())).toLower(),
            QByteArray(field.value().data(), qsizetype(field.value().size())));
    }
    out.body = QByteArray(req.body().data(), qsizetype(req.body().size()));
    out.peer = QString::fromStdString(peer);
    return out;
}

// Uploads may be large (routes declare them to the router); every other body is JSON and small.
std::uint64_t bodyLimitFor(const Shared &shared, const Router::Traits &traits)
{
    return std::uint64_t(traits.body == Router::Body::Upload ? shared.config.maxAttachmentBytes
                                                             : shared.config.maxJsonBodyBytes);
}

// ---- WebSocket stream: pushes {"seq":N} whenever the change log grows -------------------------------------

template<class Stream> class WebSocketSession : public std::enable_shared_from_this<WebSocketSession<Stream>>
{
public:
    WebSocketSession(Stream &&stream, Shared &shared)
        : m_ws(std::move(stream))
        , m_shared(shared)
    {}

    ~WebSocketSession()
    {
        if (m_subscription)
            m_shared.notifier->unsubscribe(m_subscription);
    }

    void run(http::request<http::string_body> req)
    {
        beast::get_lowest_layer(m_ws).expires_never();
        m_ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
        m_ws.set_option(websocket::stream_base::decorator(
            [](websocket::response_type &res) { res.set(http::field::server, "tierdesk-server"); }));
        m_ws.read_message_max(4096);
        m_ws.async_accept(req,
                          beast::bind_front_handler(&WebSocketSession::onAccept, this->shared_from_this()));
    }

private:
    void onAccept(beast::error_code ec)
    {
        if (ec)
            return;
        std::weak_ptr<WebSocketSession> weak = this->shared_from_this();
        auto executor = m_ws.get_executor();
        m_subscription = m_shared.notifier->subscribe([weak, executor](qint64 seq) {
            net::post(executor, [weak, seq] {
                if (auto self = weak.lock())
                    self->send(seq);
            });
        });
        send(m_shared.notifier->lastSeq());
        read();
    }

    void send(qint64 seq)
    {
        m_queue.push_back("{\"seq\":" + std::to_string(seq) + "}");
        if (m_queue.size() == 1)
            writeNext();
    }

    void writeNext()
    {
        m_ws.text(true);
        m_ws.async_write(net::buffer(m_queue.front()),
                         [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
                             if (ec)
                                 return;
                             self->m_queue.pop_front();
                             if (!self->m_queue.empty())
                                 self->writeNext();
                         });
    }

    // Clients say nothing we need; reading keeps pings/close handled and tells us when they leave.
    void read()
    {
        m_ws.async_read(m_buffer, [self = this->shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec)
                return;
            self->m_buffer.consume(self->m_buffer.size());
            self->read();
        });
    }

    websocket::stream<Stream> m_ws;
    Shared &m_shared;
    beast::flat_buffer m_buffer;
    std::deque<std::string> m_queue;
    int m_subscription = 0;
};

// ---- HTTP session, shared by plain and TLS connections (CRTP as in Beast's examples)
// -----------------------

template<class Derived> class HttpSession
{
public:
    HttpSession(Shared &shared, std::string peer)
        : m_shared(shared)
        , m_peer(std::move(peer))
    {}

protected:
    Derived &derived() { return static_cast<Derived &>(*this); }

    void readRequest()
    {
        m_parser.emplace();
        m_traits = {};
        m_parser->header_limit(std::uint32_t(m_shared.config.maxHeaderBytes));
        // Beast checks Content-Length against the body limit as soon as the header is complete, before
        // onHeader can pick the route's own limit: start from the largest and narrow it there.
        m_parser->body_limit(
            std::max<std::uint64_t>(m_shared.config.maxAttachmentBytes, m_shared.config.maxJsonBodyBytes));
        // The first request of a connection gets the request timeout; later ones may idle for the keep-alive
        // time before their first byte.
        beast::get_lowest_layer(derived().stream())
            .expires_after(std::chrono::seconds(m_requests == 0 ? m_shared.config.requestTimeoutSeconds
                                                                : m_shared.config.keepAliveIdleSeconds));
        http::async_read_header(
            derived().stream(), m_buffer, *m_parser,
            beast::bind_front_handler(&HttpSession::onHeader, derived().shared_from_this()));
    }

    void onHeader(beast::error_code ec, std::size_t)
    {
        if (ec)
            return failBeforeResponse(ec);
        auto &req = m_parser->get();
        // Upgrade is offered only where the router declares a stream; elsewhere the header is ignored and the
        // request served as the route's own.
        // What the route needs is looked up once, here, for the body limit, the upgrade and where it runs.
        m_traits = m_shared.router->traits(
            QByteArray(req.method_string().data(), qsizetype(req.method_string().size())),
            pathOf(req.target()));
        if (websocket::is_upgrade(req) && m_traits.stream)
            return onUpgrade();
        const std::uint64_t limit = bodyLimitFor(m_shared, m_traits);
        if (const auto length = m_parser->content_length(); length && *length > limit)
            return sendTooLarge();
        m_parser->body_limit(limit);
        beast::get_lowest_layer(derived().stream())
            .expires_after(std::chrono::seconds(m_shared.config.requestTimeoutSeconds));
        http::async_read(derived().stream(), m_buffer, *m_parser,
                         beast::bind_front_handler(&HttpSession::onBody, derived().shared_from_this()));
    }

    void onBody(beast::error_code ec, std::size_t)
    {
        if (ec)
            return failBeforeResponse(ec);
        ++m_requests;
        const auto &req = m_parser->get();
        HttpRequest request = toRequest(req, m_peer);
        if (m_traits.execution == Router::Execution::Inline)
            return respond(runHandler(m_shared, request));
        // Nothing of the session is touched on the worker but the shared parts; the answer comes back to the
        // connection's own strand.
        net::post(*m_shared.workers, [self = derived().shared_from_this(), request = std::move(request),
                                      executor = derived().stream().get_executor()]() mutable {
            HttpResponse response = runHandler(self->m_shared, request);
            net::post(executor, [self = std::move(self), response = std::move(response)]() mutable {
                self->respond(std::move(response));
            });
        });
    }

    void respond(HttpResponse response)
    {
        const auto &req = m_parser->get();
        if (req.method() == http::verb::head)
            response.body.clear();
        const bool keepAlive = req.keep_alive() && m_requests < m_shared.config.maxRequestsPerConnection;
        write(toBeast(response, req.version(), keepAlive), !keepAlive);
    }

    // A WebSocket handshake: only to a stream the router declares, well-formed (answered in the API's JSON
    // error shape rather than Beast's plain text), and with a valid token — checked on a worker, since it
    // reads the database.
    void onUpgrade()
    {
        beast::get_lowest_layer(derived().stream()).expires_never();
        const auto &req = m_parser->get();
        HttpRequest request = toRequest(req, m_peer);
        if (req.method() != http::verb::get || request.header("sec-websocket-key").isEmpty())
            return sendAndClose(HttpResponse::error(
                400, QStringLiteral("bad_request"),
                QStringLiteral("A WebSocket handshake is a GET with a Sec-WebSocket-Key header.")));
        if (request.header("sec-websocket-version") != "13")
            return sendAndClose(
                HttpResponse::error(426, QStringLiteral("upgrade_required"),
                                    QStringLiteral("Only WebSocket version 13 is spoken here."))
                    .withHeader("Sec-WebSocket-Version", "13"));
        net::post(*m_shared.workers, [self = derived().shared_from_this(), request = std::move(request),
                                      executor = derived().stream().get_executor()]() mutable {
            const bool allowed = self->m_shared.authoriser(request);
            net::post(executor, [self = std::move(self), allowed] {
                if (!allowed)
                    return self->sendAndClose(
                        HttpResponse::error(401, QStringLiteral("unauthorized"),
                                            QStringLiteral("Log in first: this needs a valid token.")));
                self->derived().upgrade(self->m_parser->release());
            });
        });
    }

    void failBeforeResponse(beast::error_code ec)
    {
        if (ec == http::error::header_limit)
            return sendAndClose(
                HttpResponse::error(431, QStringLiteral("header_too_large"),
                                    QStringLiteral("The request headers are larger than %1 bytes.")
                                        .arg(m_shared.config.maxHeaderBytes)));
        if (ec == http::error::body_limit)
            return sendTooLarge();
        if (ec == http::error::end_of_stream || ec == beast::error::timeout ||
            ec == net::error::operation_aborted || ec == net::error::connection_reset ||
            ec == net::error::eof || ec == ssl::error::stream_truncated)
            return derived().close();
        // Anything else is a malformed request: say so once, then hang up (the framing can't be trusted).
        sendAndClose(HttpResponse::error(
            400, QStringLiteral("bad_request"),
            QStringLiteral("Malformed HTTP request: %1.").arg(QString::fromStdString(ec.message()))));
    }

    void sendTooLarge()
    {
        const std::uint64_t limit = bodyLimitFor(m_shared, m_traits);
        // The client may still be sending the body: keep reading (and dropping) it for a moment after the
        // answer, so that closing does not reset the connection before the client has read the 413.
        m_drainAfterWrite = true;
        sendAndClose(
            HttpResponse::error(413, QStringLiteral("payload_too_large"),
                                QStringLiteral("The body is larger than the limit of %1 bytes.").arg(limit)));
    }

    void drain()
    {
        beast::get_lowest_layer(derived().stream()).expires_after(std::chrono::seconds(5));
        m_buffer.consume(m_buffer.size());
        derived().stream().async_read_some(
            m_buffer.prepare(64 * 1024),
            [self = derived().shared_from_this()](beast::error_code ec, std::size_t n) {
                self->m_drained += n;
                if (ec || self->m_drained > 256 * 1024 * 1024)
                    return self->close();
                self->drain();
            });
    }

    void sendAndClose(const HttpResponse &response) { write(toBeast(response, 11, false), true); }

    void write(StringResponse res, bool close)
    {
        beast::get_lowest_layer(derived().stream())
            .expires_after(std::chrono::seconds(m_shared.config.requestTimeoutSeconds));
        auto sp = std::make_shared<StringResponse>(std::move(res));
        http::async_write(
            derived().stream(), *sp,
            [self = derived().shared_from_this(), sp, close](beast::error_code ec, std::size_t) {
                if (!ec && close && self->m_drainAfterWrite)
                    return self->drain();
                if (ec || close)
                    return self->close();
                self->readRequest();
            });
    }

    Shared &m_shared;
    std::string m_peer;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    Router::Traits m_traits; // of the request being read
    int m_requests = 0;
    bool m_drainAfterWrite = false;
    std::uint64_t m_drained = 0;
};

class PlainSession : public HttpSession<PlainSession>, public std::enable_shared_from_this<PlainSession>
{
public:
    PlainSession(tcp::socket &&socket, Shared &shared, std::string peer)
        : HttpSession(shared, std::move(peer))
        , m_stream(std::move(socket))
    {}

    void run()
    {
        net::dispatch(m_stream.get_executor(),
                      beast::bind_front_handler(&PlainSession::readRequest, shared_from_this()));
    }
    beast::tcp_stream &stream() { return m_stream; }
    void upgrade(http::request<http::string_body> req)
    {
        std::make_shared<WebSocketSession<beast::tcp_stream>>(std::move(m_stream), m_shared)
            ->run(std::move(req));
    }
    void close()
    {
        beast::error_code ec;
        m_stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    }

private:
    friend class HttpSession<PlainSession>;
    beast::tcp_stream m_stream;
};

class TlsSession : public HttpSession<TlsSession>, public std::enable_shared_from_this<TlsSession>
{
public:
    TlsSession(tcp::socket &&socket, ssl::context &context, Shared &shared, std::string peer)
        : HttpSession(shared, std::move(peer))
        , m_stream(std::move(socket), context)
    {}

    void run()
    {
        net::dispatch(m_stream.get_executor(), [self = shared_from_this()] {
            beast::get_lowest_layer(self->m_stream)
                .expires_after(std::chrono::seconds(self->m_shared.config.requestTimeoutSeconds));
            self->m_stream.async_handshake(ssl::stream_base::server, [self](beast::error_code ec) {
                if (ec)
                    return;
                self->readRequest();
            });
        });
    }
    beast::ssl_stream<beast::tcp_stream> &stream() { return m_stream; }
    void upgrade(http::request<http::string_body> req)
    {
        std::make_shared<WebSocketSession<beast::ssl_stream<beast::tcp_stream>>>(std::move(m_stream),
                                                                                 m_shared)
            ->run(std::move(req));
    }
    void close()
    {
        beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(5));
        m_stream.async_shutdown([self = shared_from_this()](beast::error_code) {});
    }

private:
    friend class HttpSession<TlsSession>;
    beast::ssl_stream<beast::tcp_stream> m_stream;
};

} // namespace

struct HttpServer::Private
{
    Shared shared;
    int ioThreads;
    net::io_context ioc;
    net::thread_pool workers;
    std::optional<ssl::context> tls;
    std::optional<tcp::acceptor> acceptor;
    std::vector<std::thread> threads;

    // Reading and writing sockets is cheap next to what handlers do, so a few I/O threads serve any number of
    // workers.
    explicit Private(int workerCount)
        : ioThreads(std::clamp(workerCount / 2, 1, 4))
        , ioc(ioThreads)
        , workers(std::size_t(workerCount))
    {
        shared.workers = &workers;
    }

    void accept()
    {
        acceptor->async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
            if (ec == net::error::operation_aborted)
                return;
            if (!ec) {
                beast::error_code ignored;
                socket.set_option(tcp::no_delay(true), ignored);
                const auto endpoint = socket.remote_endpoint(ignored);
                std::string peer = ignored ? std::string() : endpoint.address().to_string();
                if (tls)
                    std::make_shared<TlsSession>(std::move(socket), *tls, shared, std::move(peer))->run();
                else
                    std::make_shared<PlainSession>(std::move(socket), shared, std::move(peer))->run();
            }
            accept();
        });
    }
};

HttpServer::HttpServer(const ServerConfig &config, const Router &router, StreamAuthoriser authoriser,
                       ChangeNotifier &notifier)
    : d(std::make_unique<Private>(
          config.threads > 0 ? config.threads : int(std::max(2u, std::thread::hardware_concurrency()))))
{
    d->shared.config = config;
    d->shared.router = &router;
    d->shared.authoriser = std::move(authoriser);
    d->shared.notifier = &notifier;
}

HttpServer::~HttpServer()
{
    stop();
}

quint16 HttpServer::start()
{
    const ServerConfig &config = d->shared.config;
    if (config.tlsEnabled()) {
        d->tls.emplace(ssl::context::tls_server);
        d->tls->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 |
                            ssl::context::no_sslv3 | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
        beast::error_code ec;
        d->tls->use_certificate_chain_file(config.tlsCertFile.toStdString(), ec);
        if (ec)
            throw std::runtime_error("Cannot use TLS certificate " + config.tlsCertFile.toStdString() + ": " +
                                     ec.message());
        d->tls->use_private_key_file(config.tlsKeyFile.toStdString(), ssl::context::pem, ec);
        if (ec)
            throw std::runtime_error("Cannot use TLS key " + config.tlsKeyFile.toStdString() + ": " +
                                     ec.message());
    }
    beast::error_code ec;
    const auto address = net::ip::make_address(config.listenHost.toStdString(), ec);
    if (ec)
        throw std::runtime_error("Not an IP address: " + config.listenHost.toStdString());
    const tcp::endpoint endpoint{address, config.listenPort};
    d->acceptor.emplace(d->ioc);
    d->acceptor->open(endpoint.protocol(), ec);
    if (!ec)
        d->acceptor->set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        d->acceptor->bind(endpoint, ec);
    if (!ec)
        d->acceptor->listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        throw std::runtime_error("Cannot listen on " + config.listenHost.toStdString() + ":" +
                                 std::to_string(config.listenPort) + ": " + ec.message());
    const quint16 port = d->acceptor->local_endpoint().port();
    d->accept();
    for (int i = 0; i < d->ioThreads; ++i)
        d->threads.emplace_back([this] { d->ioc.run(); });
    return port;
}

void HttpServer::stop()
{
    if (d->threads.empty())
        return;
    net::post(d->ioc, [this] {
        beast::error_code ignored;
        if (d->acceptor)
            d->acceptor->close(ignored);
    });
    d->ioc.stop();
    for (std::thread &t : d->threads)
        t.join();
    d->threads.clear();
    // Handlers under way finish (their answers go nowhere: the I/O threads are gone); none start after this,
    // so nothing touches the database once the server is stopped.
    d->workers.stop();
    d->workers.join();
}

} // namespace tierdesk
