#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace tierdesk::bench {

class HttpConnection;

// Reads the whole change feed as a syncing client does: GET /api/v1/changes?since=S&limit=L from S = 0, each
// page continuing at its "next", until "more" is false, all on one connection; the next page is requested
// (from the Tierdesk-Next header) before this one is parsed, so parsing overlaps the server's work.
// Checks every page against the documented format (resources/openapi.json, ChangePage and Change): "changes"
// in ascending seq order, each with seq, entity (one of the documented names), id, op (upsert|delete) and
// data (an object; null only for delete), "next" the last seq when "more" is true.
class FeedReader
{
public:
    struct Result
    {
        qint64 pages = 0;
        qint64 changes = 0;
        QMap<QString, qint64> changesByEntity;
        double seconds = 0;      // wall time of the whole read, requests and parsing
        double parseSeconds = 0; // of which the client spent parsing and checking JSON
        qint64 bytes = 0;        // response bodies
        QStringList problems;    // format violations and failed requests; empty when all was as documented
    };

    explicit FeedReader(HttpConnection &http);

    Result readAll(int pageLimit);

    static constexpr int MaxProblems = 20; // enough to see the pattern without flooding the terminal

private:
    HttpConnection &m_http;
};

} // namespace tierdesk::bench
