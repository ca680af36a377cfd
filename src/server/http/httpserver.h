#pragma once

#include "server/http/httprequest.h"
#include "server/http/httpresponse.h"
#include "server/serverconfig.h"

#include <functional>
#include <memory>

namespace tierdesk {

class ChangeNotifier;
class Router;

// HTTP/1.1 (and HTTPS) with Boost.Beast, serving the router's routes and upgrading requests to the WebSocket
// streams it declares. A few I/O threads read and write; handlers run on a worker pool of `--threads`
// threads and may block on the database without stalling reading, accepting or WebSocket pings (routes the
// router marks inline, such as /healthz, are answered on the I/O thread). Limits are enforced while reading,
// before anything large is buffered: header size (431), body size by route (413, decided from the header
// before the body is read), whole-request time and idle keep-alive time (the connection is closed).
class HttpServer
{
public:
    // Decides whether a WebSocket upgrade request may open the stream (checks its token).
    using StreamAuthoriser = std::function<bool(const HttpRequest &)>;

    HttpServer(const ServerConfig &config, const Router &router, StreamAuthoriser authoriser,
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
