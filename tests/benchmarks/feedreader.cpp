#include "feedreader.h"

#include "httpconnection.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tierdesk::bench {

namespace {

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

} // namespace

FeedReader::FeedReader(HttpConnection &http)
    : m_http(http)
{}

FeedReader::Result FeedReader::readAll(int pageLimit)
{
    static const QSet<QString> entities{QStringLiteral("ticket"),    QStringLiteral("message"),
                                        QStringLiteral("user"),      QStringLiteral("group"),
                                        QStringLiteral("article"),   QStringLiteral("incident"),
                                        QStringLiteral("attachment")};
    Result result;
    const auto problem = [&result](const QString &text) {
        if (result.problems.size() < MaxProblems)
            result.problems.append(text);
    };
    QElapsedTimer wall;
    wall.start();
    qint64 parseNs = 0;
    qint64 since = 0;
    qint64 lastSeq = 0;
    const auto pageTarget = [pageLimit](qint64 from) {
        return "/api/v1/changes?since=" + QByteArray::number(from) +
               "&limit=" + QByteArray::number(pageLimit);
    };
    QString sendError;
    if (!m_http.send("GET", pageTarget(since), &sendError)) {
        problem(sendError);
        return result;
    }
    for (bool more = true; more;) {
        const HttpConnection::Response response = m_http.receive();
        if (response.status != 200) {
            problem(QStringLiteral("GET %1 answered %2 %3")
                        .arg(QString::fromLatin1(pageTarget(since)))
                        .arg(response.status)
                        .arg(response.status ? QString::fromUtf8(response.body.left(300)) : response.error));
            break;
        }
        // As a syncing client should: ask for the next page at once (its cursor is in the headers) and parse
        // this one while the server reads the next; the headers are checked against the body below.
        const QByteArray headerNext = response.headers.value("tierdesk-next");
        const QByteArray headerMore = response.headers.value("tierdesk-more");
        bool nextRequested = false;
        if (headerMore == "true") {
            bool ok = false;
            const qint64 from = headerNext.toLongLong(&ok);
            if (ok && !(nextRequested = m_http.send("GET", pageTarget(from), &sendError))) {
                problem(sendError);
                break;
            }
        }
        QElapsedTimer parse;
        parse.start();
        ++result.pages;
        result.bytes += response.body.size();
        const QJsonObject page = QJsonDocument::fromJson(response.body).object();
        const QJsonValue changes = page.value(QLatin1String("changes"));
        const QJsonValue next = page.value(QLatin1String("next"));
        const QJsonValue moreValue = page.value(QLatin1String("more"));
        if (!changes.isArray() || !isInteger(next) || !moreValue.isBool()) {
            problem(
                QStringLiteral("page since=%1 lacks changes[], next (integer) or more (boolean)").arg(since));
            break;
        }
        const QJsonArray list = changes.toArray();
        for (const QJsonValue &value : list) {
            const QJsonObject c = value.toObject();
            const qint64 seq = c.value(QLatin1String("seq")).toInteger();
            const QString entity = c.value(QLatin1String("entity")).toString();
            const QString op = c.value(QLatin1String("op")).toString();
            const QJsonValue data = c.value(QLatin1String("data"));
            if (!isInteger(c.value(QLatin1String("seq"))) || seq <= lastSeq)
                problem(QStringLiteral("change seq %1 after %2: not ascending").arg(seq).arg(lastSeq));
            if (!entities.contains(entity))
                problem(QStringLiteral("change %1: unknown entity '%2'").arg(seq).arg(entity));
            if (!isInteger(c.value(QLatin1String("id"))) || c.value(QLatin1String("id")).toInteger() < 1)
                problem(QStringLiteral("change %1: id is not a positive integer").arg(seq));
            if (op != QLatin1String("upsert") && op != QLatin1String("delete"))
                problem(QStringLiteral("change %1: op '%2'").arg(seq).arg(op));
            if (!(data.isObject() || (op == QLatin1String("delete") && data.isNull())))
                problem(QStringLiteral("change %1: data is not an object").arg(seq));
            lastSeq = std::max(lastSeq, seq);
            ++result.changesByEntity[entity];
        }
        result.changes += list.size();
        more = moreValue.toBool();
        const qint64 nextSeq = next.toInteger();
        if (headerNext != QByteArray::number(nextSeq) || headerMore != QByteArray(more ? "true" : "false")) {
            problem(QStringLiteral(
                        "page since=%1: headers Tierdesk-Next %2 / Tierdesk-More %3 differ from the body")
                        .arg(since)
                        .arg(QString::fromLatin1(headerNext), QString::fromLatin1(headerMore)));
            break;
        }
        if (more && (list.isEmpty() || nextSeq != lastSeq)) {
            problem(QStringLiteral("page since=%1: more is true but next (%2) is not the last seq (%3)")
                        .arg(since)
                        .arg(nextSeq)
                        .arg(lastSeq));
            break; // following a wrong "next" could loop for ever
        }
        if (!more && nextSeq < lastSeq)
            problem(QStringLiteral("last page: next %1 is before the last seq %2").arg(nextSeq).arg(lastSeq));
        since = nextSeq;
        parseNs += parse.nsecsElapsed();
        if (more && !nextRequested)
            break; // unreachable after the header check above; kept so a change there cannot loop for ever
    }
    result.seconds = double(wall.nsecsElapsed()) / 1e9;
    result.parseSeconds = double(parseNs) / 1e9;
    return result;
}

} // namespace tierdesk::bench
