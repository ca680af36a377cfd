#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace tierdesk {

// Everything that can go wrong talking to the server, as one value with a sentence a person can read.
// kind decides what the sync engine does with it (retry later, ask for a login, park a conflict, give up on
// the request); message is for the status bar or a dialog.
struct ClientError
{
    enum class Kind {
        None,
        Network,      // no route, refused, reset, DNS: the server may come back — retry later
        Timeout,      // no answer in time — retry later if the request is safe to repeat
        Tls,          // bad or untrusted certificate: never retried, the user must act
        Unauthorized, // 401: the token is gone; log in again
        Forbidden,    // 403
        NotFound,     // 404
        Conflict,     // 412 (stale version) or 409: the body holds the server's current state
        Rejected,     // any other 4xx: the request itself is wrong and repeating it will not help
        Server,       // 5xx (503 database unavailable…): retry later
        Protocol,     // the answer was not what the API promises (not JSON, missing fields)
        Cancelled,    // aborted by us
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;     // the server's error.code, e.g. "version_mismatch"
    QString message;  // human text
    QJsonObject body; // the parsed answer body, when there was one (412 carries the current state here)

    bool isError() const { return kind != Kind::None; }
    // Whether the same request may succeed later without anybody changing it.
    bool isTransient() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Server;
    }

    static ClientError fromHttp(int status, const QJsonObject &body);
    static QString kindName(Kind kind);
};

} // namespace tierdesk

Q_DECLARE_METATYPE(tierdesk::ClientError)
