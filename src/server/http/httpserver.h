#pragma once

#include "server/http/httprequest.h"
#include "server/http/httpresponse.h"
#include "server/serverconfig.h"

#include <functional>
#include <memory>

namespace tierdesk {

class ChangeNotifier;

// HTTP/1.1 (and HTTPS) with Boost.Beast on an Asio thread pool, plus the /api/v1/stream WebSocket.
// Limits are enforced while reading, before anything large is buffered: header size (431), body size by route
// (413, decided from the header before the body is read), whole-request time and idle keep-alive time (the
// connection is closed). Handlers run on the pool's threads and may block on the database.
class HttpServer
{
public:
    using RequestHandler = std::function<HttpResponse(const HttpRequest &)>;
    // Decides whether a WebSocket upgrade request may open the stream (checks its token).
    using StreamAuthoriser = std::function<bool(const HttpRequest &)>;

    HttpServer(const ServerConfig &config, RequestHandler handler, StreamAuthoriser authoriser,
               ChangeNotifier &notifier);
    ~HttpServer();

    // Binds and starts the threads; returns the port actually bound (useful with port 0). Throws
    // std::runtime_error with a readable message when the address cannot be bound or TLS files are unusable.
    quint16 start();
    void stop();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tierdesk
