#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace tierdesk {

// A request as the HTTP layer hands it to the router: already size-checked, header names lower-cased.
// Keeps Boost.Beast out of everything above the transport.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // raw request target, path plus query
    QString path;      // percent-decoded path
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    QString peer; // remote address, for rate limits and logs

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

} // namespace tierdesk
